package io.plainframe.sandbox.plugin;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import io.plainframe.sandbox.host.PluginUi;
import io.plainframe.sandbox.runtime.Site;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One plugin jar loaded and wired into one host context, from what the jar says: the component index and its
 * imports, then the descriptor's servlet, servlet-filter, REST and web-resource modules. A host service the plugin
 * imports but the host does not provide stops the start with its name, as a real host would leave the plugin
 * disabled.
 */
public final class LoadedPlugin {

    private final String key;
    private final ClassLoader loader;
    private final Document descriptor;
    private final PluginUi ui;
    private final List<Object> components = new ArrayList<>();
    private final Map<String, String> webResources = new LinkedHashMap<>();
    private final Map<String, List<String>> contexts = new HashMap<>();
    private final Set<String> jsI18nModules = new HashSet<>();
    private final Map<String, Object> moduleInstances = new ConcurrentHashMap<>();

    /**
     * @param jar      the plugin jar
     * @param host     the host's class loader (its API classes)
     * @param services the host's services for this plugin, by the interface they are imported as; given the
     *                 plugin's UI (i18n, templates, page builder) because a host's are per plugin
     */
    public LoadedPlugin(Path jar, ClassLoader host, Function<PluginUi, Map<Class<?>, Object>> services)
            throws Exception {
        this.loader = new PluginClassLoader(jar.toUri().toURL(), host);
        this.descriptor = parse(jar);
        this.key = descriptor.getDocumentElement().getAttribute("key");
        this.ui = new PluginUi(loader, i18nLocations());
        Map<Class<?>, Object> provided = services.apply(ui);
        for (String line : index(jar, "component")) {
            components.add(construct(loader.loadClass(line.split("#")[0]), provided, Set.copyOf(imports(jar))));
        }
    }

    public String key() {
        return key;
    }

    /** The plugin's name as UPM lists it. */
    public String name() {
        return descriptor.getDocumentElement().getAttribute("name");
    }

    /** The version in the descriptor's plugin-info. */
    public String version() {
        NodeList versions = descriptor.getElementsByTagName("version");
        return versions.getLength() == 0 ? "" : versions.item(0).getTextContent().strip();
    }

    /** Where UPM's Configure button leads, relative to the host's base URL; empty without one. */
    public String configureUrl() {
        NodeList params = descriptor.getElementsByTagName("param");
        for (int i = 0; i < params.getLength(); i++) {
            Element param = (Element) params.item(i);
            if ("configure.url".equals(param.getAttribute("name"))) {
                return param.getTextContent().strip();
            }
        }
        return "";
    }

    /**
     * A link the plugin adds to a host menu.
     *
     * @param id    the link's element id
     * @param label its text, from the plugin's bundle
     * @param link  the path below the host's base URL
     */
    public record WebItem(String id, String label, String link) {
    }

    /** The plugin's web-items in a host menu, by the section's prefix ({@code system.admin/} and the like). */
    public List<WebItem> webItems(String sectionPrefix) {
        List<WebItem> items = new ArrayList<>();
        NodeList all = descriptor.getElementsByTagName("web-item");
        for (int i = 0; i < all.getLength(); i++) {
            Element item = (Element) all.item(i);
            if (!item.getAttribute("section").startsWith(sectionPrefix)) {
                continue;
            }
            Element label = (Element) item.getElementsByTagName("label").item(0);
            Element link = (Element) item.getElementsByTagName("link").item(0);
            items.add(new WebItem(link.getAttribute("linkId"), ui.text(label.getAttribute("key")),
                    link.getTextContent().strip()));
        }
        return items;
    }

    public PluginUi ui() {
        return ui;
    }

    /**
     * Mounts the descriptor's servlet, servlet-filter and REST modules on a host site behind the host's checks,
     * reads its web resources, and starts the components.
     */
    public void mount(Site site, HostRuntime host) throws Exception {
        new WebModules(descriptor, loader, type -> construct(type, Map.of(), Set.of()), this::classesIn)
                .mount(site, host);
        NodeList resources = descriptor.getElementsByTagName("web-resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element module = (Element) resources.item(i);
            String moduleKey = key + ":" + module.getAttribute("key");
            NodeList transformations = module.getElementsByTagName("transformation");
            for (int t = 0; t < transformations.getLength(); t++) {
                Element transformation = (Element) transformations.item(t);
                NodeList transformers = transformation.getElementsByTagName("transformer");
                for (int k = 0; k < transformers.getLength(); k++) {
                    if ("js".equals(transformation.getAttribute("extension"))
                            && "jsI18n".equals(((Element) transformers.item(k)).getAttribute("key"))) {
                        jsI18nModules.add(moduleKey);
                    }
                }
            }
            NodeList names = module.getElementsByTagName("context");
            for (int c = 0; c < names.getLength(); c++) {
                contexts.computeIfAbsent(names.item(c).getTextContent().strip(), name -> new ArrayList<>())
                        .add(moduleKey);
            }
            NodeList files = module.getElementsByTagName("resource");
            for (int f = 0; f < files.getLength(); f++) {
                Element file = (Element) files.item(f);
                webResources.put(moduleKey + "/" + file.getAttribute("name"),
                        file.getAttribute("location"));
            }
        }
        for (Object component : components) {
            if (component instanceof LifecycleAware lifecycle) {
                lifecycle.onStart();
            }
        }
    }

    /**
     * Runs the descriptor's {@code xhtml-macro} of that name as Confluence renders a page: its class made once,
     * autowired, and executed with the macro's parameters.
     *
     * @throws MacroExecutionException what Confluence shows as an error box in the macro's place
     */
    public String executeMacro(String name, Map<String, String> parameters, ConversionContext context)
            throws Exception {
        Element module = element("xhtml-macro", "name", name);
        Macro macro = (Macro) moduleInstances.computeIfAbsent(module.getAttribute("key"), ignored -> constructed(
                module.getAttribute("class")));
        return macro.execute(parameters, null, context);
    }

    /**
     * Renders the descriptor's {@code web-panel}s at a location as Jira does: each one's context provider (made
     * once, autowired) turns the page's context into the template's, then its Velocity view is rendered.
     */
    public String renderWebPanels(String location, Map<String, Object> context) throws Exception {
        StringBuilder html = new StringBuilder();
        NodeList panels = descriptor.getElementsByTagName("web-panel");
        for (int i = 0; i < panels.getLength(); i++) {
            Element panel = (Element) panels.item(i);
            if (!location.equals(panel.getAttribute("location"))) {
                continue;
            }
            Element provider = (Element) panel.getElementsByTagName("context-provider").item(0);
            ContextProvider contexts = (ContextProvider) moduleInstances.computeIfAbsent(panel.getAttribute("key"),
                    ignored -> {
                        ContextProvider made = (ContextProvider) constructed(provider.getAttribute("class"));
                        made.init(Map.of());
                        return made;
                    });
            Element view = (Element) panel.getElementsByTagName("resource").item(0);
            html.append(ui.templates().renderFragment(view.getAttribute("location"),
                    contexts.getContextMap(new HashMap<>(context))));
        }
        return html.toString();
    }

    /** The plugin's component that implements the named interface (of the plugin's own classes). */
    public Object component(String interfaceName) throws ClassNotFoundException {
        Class<?> type = loader.loadClass(interfaceName);
        return components.stream().filter(type::isInstance).findFirst().orElseThrow(() ->
                new IllegalStateException(key + " has no component that is a " + interfaceName));
    }

    /** The download names of a web-resource module's files, in the descriptor's order. */
    public List<String> webResourceFiles(String moduleKey) {
        return webResources.keySet().stream().filter(name -> name.startsWith(moduleKey + "/")).toList();
    }

    /** The complete keys of the web-resource modules in a context, such as a host page's {@code viewcontent}. */
    public List<String> modulesInContext(String context) {
        return contexts.getOrDefault(context, List.of());
    }

    /** The plugin's own class loader (its manifest, its classes). */
    public ClassLoader classLoader() {
        return loader;
    }

    /** A web resource's text by its download name, JavaScript with its i18n calls resolved as a host's would. */
    public String webResource(String downloadName) throws IOException {
        String location = webResources.get(downloadName);
        if (location == null) {
            return null;
        }
        try (InputStream in = loader.getResourceAsStream(location)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Only where the descriptor asks for it, as the host's web-resource manager does.
            String module = downloadName.substring(0, downloadName.indexOf('/'));
            return location.endsWith(".js") && jsI18nModules.contains(module) ? JsI18n.transform(text, ui) : text;
        }
    }

    public void stop() {
        for (Object component : components) {
            if (component instanceof LifecycleAware lifecycle) {
                lifecycle.onStop();
            }
        }
    }

    private Object constructed(String className) {
        try {
            return construct(loader.loadClass(className), Map.of(), Set.of());
        } catch (Exception e) {
            throw new IllegalStateException("could not make " + className, e);
        }
    }

    /** Autowiring by constructor, as Spring does for components and Atlassian does for module classes. */
    private Object construct(Class<?> type, Map<Class<?>, Object> provided, Set<String> imports) throws Exception {
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length != 1) {
            throw new IllegalStateException(type + " must have exactly one public constructor");
        }
        Class<?>[] parameters = constructors[0].getParameterTypes();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Class<?> wanted = parameters[i];
            Object argument = components.stream().filter(wanted::isInstance).findFirst().orElse(null);
            if (argument == null) {
                if (!imports.contains(wanted.getName())) {
                    throw new IllegalStateException(type.getName() + " needs " + wanted.getName()
                            + ", which is neither a component nor imported in META-INF/plugin-components/imports");
                }
                argument = provided.get(wanted);
                if (argument == null) {
                    throw new IllegalStateException("the sandbox does not provide " + wanted.getName() + " to "
                            + key);
                }
            }
            arguments[i] = argument;
        }
        return constructors[0].newInstance(arguments);
    }

    private List<Class<?>> classesIn(String pkg) throws Exception {
        List<Class<?>> classes = new ArrayList<>();
        String folder = pkg.replace('.', '/') + "/";
        try (JarFile jar = new JarFile(Path.of(((PluginClassLoader) loader).getURLs()[0].toURI()).toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.startsWith(folder) && name.endsWith(".class") && !name.substring(folder.length())
                        .contains("/")) {
                    classes.add(loader.loadClass(name.substring(0, name.length() - 6).replace('/', '.')));
                }
            }
        }
        return classes;
    }

    private List<String> i18nLocations() {
        List<String> locations = new ArrayList<>();
        NodeList all = descriptor.getElementsByTagName("resource");
        for (int i = 0; i < all.getLength(); i++) {
            Element resource = (Element) all.item(i);
            if ("i18n".equals(resource.getAttribute("type"))) {
                locations.add(resource.getAttribute("location"));
            }
        }
        if (locations.isEmpty()) {
            throw new IllegalStateException("the descriptor has no i18n resource");
        }
        return locations;
    }

    private Element element(String tag, String attribute, String value) {
        NodeList all = descriptor.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (value.equals(element.getAttribute(attribute))) {
                return element;
            }
        }
        throw new IllegalStateException("the descriptor has no " + tag + " with " + attribute + "=" + value);
    }

    private static Document parse(Path jar) throws Exception {
        try (JarFile file = new JarFile(jar.toFile());
             InputStream in = file.getInputStream(file.getEntry("atlassian-plugin.xml"))) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    /** A spring-scanner index; a plugin without components has none. */
    private static List<String> index(Path jar, String name) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            JarEntry entry = file.getJarEntry("META-INF/plugin-components/" + name);
            if (entry == null) {
                return List.of();
            }
            try (InputStream in = file.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty()).toList();
            }
        }
    }

    private static List<String> imports(Path jar) throws IOException {
        return index(jar, "imports").stream().map(line -> line.split("#")[0]).toList();
    }
}
