package io.plainframe.bundles;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wiring the host performs from META-INF/plugin-components (atlassian-spring-scanner's runtime format) and
 * the Spring context: every indexed class exists, and every constructor dependency of a component, a REST
 * resource or the servlet is either one of our components or an imported host service.
 */
class ComponentIndexTest {

    static List<PluginJar> bundles() {
        return PluginJar.both();
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
                ComponentIndexTest.class.getClassLoader())) {
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
            wired.add(loader.loadClass("io.plainframe.licensing.atlassian.PlainframeAdminServlet"));
            wired.add(loader.loadClass("io.plainframe.licensing.atlassian.rest.StatusResource"));
            wired.add(loader.loadClass("io.plainframe.licensing.atlassian.rest.AdminResource"));
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
