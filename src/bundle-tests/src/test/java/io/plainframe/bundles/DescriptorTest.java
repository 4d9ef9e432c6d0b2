package io.plainframe.bundles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * atlassian-plugin.xml as the plugin framework reads it: the classes it names exist in the bundle, module keys
 * are unique, every i18n key used by the descriptor, templates, Java and JavaScript exists, and the licensing
 * and Configure wiring UPM needs is there.
 */
class DescriptorTest {


    static List<PluginJar> bundles() {
        return PluginJar.all();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void thePluginKeyIsTheManifestsAndUpmShowsItsLicenseBoxAndConfigureButton(PluginJar plugin) {
        Element root = plugin.descriptor().getDocumentElement();
        assertThat(root.getAttribute("key")).isEqualTo(plugin.manifest().getValue("Atlassian-Plugin-Key"));
        assertThat(root.getAttribute("plugins-version")).isEqualTo("2");
        assertThat(param(root, "atlassian-licensing-enabled")).isEqualTo("true");
        assertThat(param(root, "configure.url")).isEqualTo("/plugins/servlet/plainframe/admin");
        assertThat(text(root, "version")).isEqualTo(plugin.manifest().getValue("Plainframe-Version"));
        Element servlet = (Element) plugin.descriptor().getElementsByTagName("servlet").item(0);
        assertThat("/plugins/servlet" + text(servlet, "url-pattern")).isEqualTo(param(root, "configure.url"));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyClassAndResourceTheDescriptorNamesIsInTheBundle(PluginJar plugin) {
        Document descriptor = plugin.descriptor();
        List<String> classes = new ArrayList<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("class")) {
                classes.add(element.getAttribute("class"));
            }
            if (element.getTagName().equals("resource") && element.getAttribute("type").equals("download")) {
                assertThat(plugin.has(element.getAttribute("location"))).as(element.getAttribute("location")).isTrue();
            }
            if (element.getTagName().equals("resource") && element.getAttribute("type").equals("i18n")) {
                assertThat(plugin.has(element.getAttribute("location").replace('.', '/') + ".properties")).isTrue();
            }
        }
        assertThat(classes).isNotEmpty().allSatisfy(name ->
                assertThat(plugin.has(name.replace('.', '/') + ".class")).as(name).isTrue());
        NodeList packages = descriptor.getElementsByTagName("package");
        for (int i = 0; i < packages.getLength(); i++) {
            String folder = packages.item(i).getTextContent().strip().replace('.', '/') + "/";
            assertThat(plugin.entries()).as("REST package " + folder)
                    .anyMatch(entry -> entry.startsWith(folder) && entry.endsWith("Resource.class"));
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void moduleKeysAreUnique(PluginJar plugin) {
        Element root = plugin.descriptor().getDocumentElement();
        Set<String> keys = new HashSet<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element module && module.hasAttribute("key")) {
                assertThat(keys.add(module.getAttribute("key"))).as(module.getAttribute("key")).isTrue();
            }
        }
        assertThat(keys).contains("plainframe-rest", "plainframe-admin-servlet", "plainframe-admin-menu");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void theAdminMenuItemSitsWhereTheProductsAdminsLook(PluginJar plugin) {
        Element item = byKey(plugin.descriptor(), "plainframe-admin-menu");
        if (plugin.name().equals("confluence")) {
            assertThat(item.getAttribute("section")).isEqualTo("system.admin/configuration");
        } else {
            assertThat(item.getAttribute("section")).startsWith("admin_plugins_menu/");
        }
        assertThat(text(item, "link")).isEqualTo("/plugins/servlet/plainframe/admin");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyI18nKeyUsedByDescriptorTemplatesJavaAndScriptsExists(PluginJar plugin) {
        Properties bundle = texts(plugin);
        Set<String> used = new HashSet<>();
        NodeList all = plugin.descriptor().getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("key") && List.of("label", "description", "name")
                    .contains(element.getTagName())) {
                used.add(element.getAttribute("key"));
            }
        }
        Pattern template = Pattern.compile("getText\\(\"(plainframe\\.[a-z0-9.-]+)\"");
        Pattern script = Pattern.compile("I18n\\.getText\\(['\"](plainframe\\.[a-z0-9.-]+)['\"]");
        for (String entry : plugin.entries()) {
            if (entry.endsWith(".vm") || entry.endsWith(".js")) {
                Matcher matcher = (entry.endsWith(".vm") ? template : script).matcher(plugin.text(entry));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        NodeList macros = plugin.descriptor().getElementsByTagName("xhtml-macro");
        for (int i = 0; i < macros.getLength(); i++) {
            // The macro browser's texts, by Confluence's naming convention.
            Element macro = (Element) macros.item(i);
            String prefix = plugin.descriptor().getDocumentElement().getAttribute("key") + "."
                    + macro.getAttribute("name") + ".";
            used.add(prefix + "label");
            used.add(prefix + "desc");
            for (String parameter : attributes(macro, "parameter", "name")) {
                used.add(prefix + "param." + parameter + ".label");
                used.add(prefix + "param." + parameter + ".desc");
            }
        }
        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(bundle).as(key).containsKey(key));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void theI18nBundlesShareNoKey(PluginJar plugin) {
        Set<String> seen = new HashSet<>();
        for (String location : i18nLocations(plugin)) {
            for (Object key : plugin.properties(location).keySet()) {
                assertThat(seen.add((String) key)).as("%s is in two bundles", key).isTrue();
            }
        }
        assertThat(i18nLocations(plugin)).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void wireframesAreShownWhereTheProductShowsContentAndServedByTheRestModule(PluginJar plugin) {
        Document descriptor = plugin.descriptor();
        assertThat(children((Element) descriptor.getElementsByTagName("rest").item(0), "package"))
                .contains("io.plainframe.licensing.atlassian.rest", "io.plainframe.wireframes.atlassian.rest");
        if (plugin.name().equals("confluence")) {
            Element macro = byKey(descriptor, "plainframe-wireframe-macro");
            assertThat(macro.getTagName()).isEqualTo("xhtml-macro");
            assertThat(macro.getAttribute("name")).isEqualTo("plainframe-wireframe");
            assertThat(macro.getAttribute("class")).isEqualTo("io.plainframe.confluence.WireframeMacro");
            // Confluence refuses an xhtml-macro without a parameters element.
            assertThat(macro.getElementsByTagName("parameters").getLength()).isEqualTo(1);
            assertThat(attributes(macro, "parameter", "name")).containsExactly("id");
            String icon = macro.getAttribute("icon");
            assertThat(icon).startsWith("/download/resources/" + descriptor.getDocumentElement().getAttribute("key")
                    + ":plainframe-content-resources/");
            assertThat(attributes(byKey(descriptor, "plainframe-content-resources"), "resource", "name"))
                    .contains(icon.substring(icon.lastIndexOf('/') + 1));
        } else {
            Element panel = byKey(descriptor, "plainframe-issue-panel");
            assertThat(panel.getTagName()).isEqualTo("web-panel");
            assertThat(panel.getAttribute("location")).isEqualTo("atl.jira.view.issue.left.context");
            assertThat(attributes(panel, "context-provider", "class")).containsExactly(
                    "io.plainframe.jira.WireframePanel");
            Element view = (Element) panel.getElementsByTagName("resource").item(0);
            assertThat(view.getAttribute("type")).isEqualTo("velocity");
            assertThat(view.getAttribute("name")).isEqualTo("view");
            assertThat(plugin.text(view.getAttribute("location"))).contains("$wireframesHtml");
        }
        assertThat(attributes(byKey(descriptor, "plainframe-content-resources"), "resource", "name"))
                .contains("plainframe-content.js", "plainframe-editor.js", "plainframe-editor.css");
        for (String resources : List.of("plainframe-admin-resources", "plainframe-content-resources")) {
            assertThat(attributes(byKey(descriptor, resources), "resource", "name"))
                    .as("%s loads the script the others use first", resources).startsWith("plainframe-common.js");
        }
    }

    /** Every i18n bundle the descriptor declares, as one. */
    private static Properties texts(PluginJar plugin) {
        Properties all = new Properties();
        i18nLocations(plugin).forEach(location -> all.putAll(plugin.properties(location)));
        return all;
    }

    /** The bundle entries of the descriptor's i18n resources. */
    private static List<String> i18nLocations(PluginJar plugin) {
        List<String> locations = new ArrayList<>();
        NodeList resources = plugin.descriptor().getElementsByTagName("resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            if (resource.getAttribute("type").equals("i18n")) {
                locations.add(resource.getAttribute("location").replace('.', '/') + ".properties");
            }
        }
        return locations;
    }

    private static List<String> attributes(Element parent, String tag, String attribute) {
        List<String> values = new ArrayList<>();
        NodeList all = parent.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            values.add(((Element) all.item(i)).getAttribute(attribute));
        }
        return values;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void theHostsAuiIsUsedNeverBundled(PluginJar plugin) {
        NodeList modules = plugin.descriptor().getElementsByTagName("web-resource");
        assertThat(modules.getLength()).isPositive();
        for (int i = 0; i < modules.getLength(); i++) {
            assertThat(children((Element) modules.item(i), "dependency")).as(key(modules.item(i)))
                    .contains("com.atlassian.auiplugin:ajs");
        }
        assertThat(plugin.entries()).noneMatch(entry -> entry.toLowerCase().contains("aui"));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyWebResourceWithScriptsHasItsTextsTransformedAsTheHostsDo(PluginJar plugin) {
        NodeList modules = plugin.descriptor().getElementsByTagName("web-resource");
        for (int i = 0; i < modules.getLength(); i++) {
            Element module = (Element) modules.item(i);
            NodeList resources = module.getElementsByTagName("resource");
            boolean scripts = false;
            for (int r = 0; r < resources.getLength(); r++) {
                String location = ((Element) resources.item(r)).getAttribute("location");
                assertThat(plugin.entries()).as(location).contains(location);
                scripts |= location.endsWith(".js");
            }
            if (scripts) {
                Element transformation = (Element) module.getElementsByTagName("transformation").item(0);
                assertThat(transformation).as(key(module)).isNotNull();
                assertThat(transformation.getAttribute("extension")).isEqualTo("js");
                assertThat(((Element) transformation.getElementsByTagName("transformer").item(0))
                        .getAttribute("key")).isEqualTo("jsI18n");
                assertThat(children(module, "dependency")).as(key(module))
                        .contains("com.atlassian.plugins.atlassian-plugins-webresource-plugin:i18n");
            }
        }
    }

    private static List<String> children(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList all = parent.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            texts.add(all.item(i).getTextContent().strip());
        }
        return texts;
    }

    private static String key(Node module) {
        return ((Element) module).getAttribute("key");
    }

    private static String param(Element root, String name) {
        NodeList params = root.getElementsByTagName("param");
        for (int i = 0; i < params.getLength(); i++) {
            Element param = (Element) params.item(i);
            if (param.getAttribute("name").equals(name)) {
                return param.getTextContent().strip();
            }
        }
        return null;
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().strip();
    }

    private static Element byKey(Document descriptor, String key) {
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            if (key.equals(((Element) all.item(i)).getAttribute("key"))) {
                return (Element) all.item(i);
            }
        }
        throw new AssertionError("no module " + key);
    }
}
