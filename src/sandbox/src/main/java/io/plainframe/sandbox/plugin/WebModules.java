package io.plainframe.sandbox.plugin;

import io.plainframe.sandbox.runtime.Site;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The descriptor's web modules mounted on a host site: {@code <servlet>} under {@code /plugins/servlet},
 * {@code <servlet-filter>} at its URL pattern after the host's own filters (lighter {@code weight} first), and
 * {@code <rest>} under {@code /rest/<path>/<version>}, each behind the host's checks of its platform line.
 */
final class WebModules {

    /** Makes a module's class, autowired. */
    interface Maker {
        Object make(Class<?> type) throws Exception;
    }

    /** Lists a package's classes in the plugin jar. */
    interface Classes {
        List<Class<?>> in(String pkg) throws Exception;
    }

    private final Document descriptor;
    private final ClassLoader loader;
    private final Maker maker;
    private final Classes classes;

    WebModules(Document descriptor, ClassLoader loader, Maker maker, Classes classes) {
        this.descriptor = descriptor;
        this.loader = loader;
        this.maker = maker;
        this.classes = classes;
    }

    void mount(Site site, HostRuntime host) throws Exception {
        for (Element filter : sortedByWeight(descriptor.getElementsByTagName("servlet-filter"))) {
            Class<?> type = loader.loadClass(filter.getAttribute("class"));
            String pattern = text(filter, "url-pattern");
            guard(site, host, type, false, pattern);
            site.filter(maker.make(type), pattern);
        }
        NodeList servlets = descriptor.getElementsByTagName("servlet");
        for (int i = 0; i < servlets.getLength(); i++) {
            Element servlet = (Element) servlets.item(i);
            Class<?> type = loader.loadClass(servlet.getAttribute("class"));
            String pattern = "/plugins/servlet" + text(servlet, "url-pattern");
            guard(site, host, type, true, pattern);
            site.servlet(maker.make(type), pattern);
        }
        NodeList rests = descriptor.getElementsByTagName("rest");
        for (int i = 0; i < rests.getLength(); i++) {
            Element rest = (Element) rests.item(i);
            Set<Object> resources = new LinkedHashSet<>();
            NodeList packages = rest.getElementsByTagName("package");
            for (int p = 0; p < packages.getLength(); p++) {
                for (Class<?> type : classes.in(packages.item(p).getTextContent().strip())) {
                    if (type.isAnnotationPresent(javax.ws.rs.Path.class)) {
                        resources.add(maker.make(type));
                    }
                }
            }
            String pattern = "/rest" + rest.getAttribute("path") + "/" + rest.getAttribute("version") + "/*";
            site.filter(host.restTransaction(), pattern); // after the plugin's filters, around the resource
            site.servlet(host.rest().servlet(resources, host.restAccess()), pattern);
        }
    }

    private static void guard(Site site, HostRuntime host, Class<?> type, boolean servlet, String pattern) {
        Object guard = host.guard(type, servlet);
        if (guard != null) {
            site.filter(guard, pattern);
        }
    }

    private static List<Element> sortedByWeight(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        elements.sort(Comparator.comparingInt(WebModules::weight));
        return elements;
    }

    private static int weight(Element module) {
        String weight = module.getAttribute("weight");
        return weight.isBlank() ? 100 : Integer.parseInt(weight.strip());
    }

    private static String text(Element module, String child) {
        return module.getElementsByTagName(child).item(0).getTextContent().strip();
    }
}
