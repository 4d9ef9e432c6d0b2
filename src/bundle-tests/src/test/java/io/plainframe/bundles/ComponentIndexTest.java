package io.plainframe.bundles;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The wiring the host performs from META-INF/plugin-components (atlassian-spring-scanner's runtime format) and
 * the Spring context: every indexed class exists, and every constructor dependency of a component, a REST
 * resource or the servlet is either one of our components or an imported host service.
 */
class ComponentIndexTest {

    // Read by name: each line's jar uses its own namespace (javax or jakarta), from the line's class loader.
    private static final String NAMED = ".inject.Named";
    private static final String PATH = ".ws.rs.Path";
    private static final String COMPONENT_IMPORT = "com.atlassian.plugin.spring.scanner.annotation.imports."
            + "ComponentImport";

    static List<PluginJar> bundles() {
        return PluginJar.all();
    }

    /** The annotation whose type name ends with {@code suffix} ({@code javax.} or {@code jakarta.} first). */
    private static Annotation annotation(AnnotatedElement element, String suffix) {
        for (Annotation annotation : element.getAnnotations()) {
            String name = annotation.annotationType().getName();
            if (name.endsWith(suffix) && (name.startsWith("javax.") || name.startsWith("jakarta.")
                    || name.equals(suffix))) {
                return annotation;
            }
        }
        return null;
    }

    private static String value(Annotation annotation) {
        try {
            return (String) annotation.annotationType().getMethod("value").invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void theIndexSaysWhatTheAnnotationsSaySoTheAtlassianScannerWouldWriteTheSame(PluginJar plugin)
            throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {plugin.path().toUri().toURL()},
                plugin.line().hostClasses())) {
            Set<String> indexed = new HashSet<>();
            Set<String> imports = new HashSet<>();
            for (String line : plugin.lines("META-INF/plugin-components/component")) {
                Class<?> component = loader.loadClass(line.split("#")[0]);
                assertThat(annotation(component, NAMED)).as(component + " is @Named").isNotNull();
                assertThat(line).endsWith("#" + value(annotation(component, NAMED)));
                indexed.add(component.getName());
                for (Parameter parameter : component.getConstructors()[0].getParameters()) {
                    assertThat(annotation(parameter, COMPONENT_IMPORT) != null).as(parameter.toString()).isTrue();
                    imports.add(parameter.getType().getName());
                }
            }
            Set<String> listed = new HashSet<>();
            plugin.lines("META-INF/plugin-components/imports").forEach(line -> listed.add(line.split("#")[0]));
            assertThat(listed).isEqualTo(imports);
            for (String entry : plugin.entries()) {
                if (entry.startsWith("io/plainframe/") && entry.endsWith(".class") && !entry.contains("$")) {
                    Class<?> type = loader.loadClass(entry.substring(0, entry.length() - 6).replace('/', '.'));
                    if (annotation(type, NAMED) != null) {
                        assertThat(indexed).as("annotated but not indexed").contains(type.getName());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void jerseyGetsOneRootResourcePerPathAsItRequires(PluginJar plugin) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {plugin.path().toUri().toURL()},
                plugin.line().hostClasses())) {
            List<Class<?>> resources = restResources(plugin, loader);
            assertThat(resources).isNotEmpty();
            assertThat(resources.stream().map(r -> value(annotation(r, PATH)).replaceAll("^/|/$", "")))
                    .as("Jersey 1 refuses two root resources with the same template").doesNotHaveDuplicates();
        }
    }

    /** The classes the descriptor's modules name (servlets and the like), which the host autowires. */
    private static List<Class<?>> moduleClasses(PluginJar plugin, ClassLoader loader) throws Exception {
        List<Class<?>> classes = new ArrayList<>();
        NodeList all = plugin.descriptor().getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("class")) {
                classes.add(loader.loadClass(element.getAttribute("class")));
            }
        }
        assertThat(classes).isNotEmpty();
        return classes;
    }

    /** The root resources in the REST modules' packages, as Atlassian REST finds them by scanning. */
    private static List<Class<?>> restResources(PluginJar plugin, ClassLoader loader) throws Exception {
        List<Class<?>> resources = new ArrayList<>();
        NodeList packages = plugin.descriptor().getElementsByTagName("package");
        for (int i = 0; i < packages.getLength(); i++) {
            String folder = packages.item(i).getTextContent().strip().replace('.', '/') + "/";
            for (String entry : plugin.entries()) {
                if (entry.startsWith(folder) && entry.endsWith(".class") && !entry.substring(folder.length())
                        .contains("/")) {
                    Class<?> type = loader.loadClass(entry.substring(0, entry.length() - 6).replace('/', '.'));
                    if (annotation(type, PATH) != null) {
                        resources.add(type);
                    }
                }
            }
        }
        return resources;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void theSpringContextScansTheIndex(PluginJar plugin) {
        assertThat(plugin.text("META-INF/spring/plugin-context.xml")).contains("<atlassian-scanner:scan-indexes/>")
                .contains("http://www.atlassian.com/schema/atlassian-scanner/2");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void theIndexFilesAreSortedWithOneEntryPerLine(PluginJar plugin) {
        for (String file : List.of("component", "imports", "exports")) {
            List<String> lines = plugin.lines("META-INF/plugin-components/" + file);
            assertThat(lines).isSorted().doesNotHaveDuplicates();
            assertThat(plugin.text("META-INF/plugin-components/" + file)).endsWith("\n");
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyDependencyIsAComponentOrAnImportedHostService(PluginJar plugin) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {plugin.path().toUri().toURL()},
                plugin.line().hostClasses())) {
            List<Class<?>> components = new ArrayList<>();
            for (String line : plugin.lines("META-INF/plugin-components/component")) {
                components.add(loader.loadClass(line.split("#")[0]));
            }
            Set<String> imports = new HashSet<>();
            for (String line : plugin.lines("META-INF/plugin-components/imports")) {
                String type = line.split("#")[0];
                loader.loadClass(type);
                imports.add(type);
            }
            List<Class<?>> wired = new ArrayList<>(components);
            wired.addAll(moduleClasses(plugin, loader));
            wired.addAll(restResources(plugin, loader));
            for (Class<?> type : wired) {
                Constructor<?>[] constructors = type.getConstructors();
                assertThat(constructors).as(type + " has one public constructor to autowire").hasSize(1);
                for (Class<?> dependency : constructors[0].getParameterTypes()) {
                    boolean imported = imports.contains(dependency.getName());
                    boolean ours = components.stream().anyMatch(dependency::isAssignableFrom);
                    assertThat(imported || ours).as(type.getSimpleName() + " needs " + dependency.getName())
                            .isTrue();
                }
            }
            for (Class<?> component : components) {
                assertThat(Modifier.isAbstract(component.getModifiers())).isFalse();
            }
            for (String line : plugin.lines("META-INF/plugin-components/exports")) {
                Class<?> exported = loader.loadClass(line.split("#")[0]);
                assertThat(components).contains(exported);
                for (String service : line.split("#")[1].split(",")) {
                    assertThat(loader.loadClass(service).isAssignableFrom(exported)).as(service).isTrue();
                }
            }
            assertThat(imports).as("every import is used").allSatisfy(type -> assertThat(components.stream()
                    .anyMatch(c -> List.of(c.getConstructors()[0].getParameterTypes()).stream()
                            .anyMatch(p -> p.getName().equals(type)))).as(type).isTrue());
        }
    }
}
