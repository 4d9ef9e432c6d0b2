package io.plainframe.bundles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The six jars are one plugin built three ways: the same entries, the same identity, and only what the line needs
 * changed. Platform 8's bytecode names no javax servlet, JAX-RS or inject type (a Jakarta host has none); Platforms
 * 7 and 8 name REST v2's access annotations and declare REST v2 in the descriptor, Platform 6 neither.
 */
class PlatformJarsTest {

    /** What a Jakarta host lacks, in the bytecode's internal and dotted spellings. */
    static final Pattern JAVAX_EE = Pattern.compile("javax[/.](servlet|ws[/.]rs|inject)\\b");
    static final Pattern REST_V1_ANNOTATIONS = Pattern.compile("com[/.]atlassian[/.]plugins[/.]rest[/.]common"
            + "[/.]security");
    static final Pattern REST_V2_ANNOTATIONS = Pattern.compile("com[/.]atlassian[/.]plugins[/.]rest[/.]api[/.]");

    static List<PluginJar> jars() {
        return PluginJar.all();
    }

    @ParameterizedTest
    @MethodSource("jars")
    void platformEightsBytecodeNamesNoJavaxServletRestOrInjectType(PluginJar plugin) throws IOException {
        List<String> javax = FelixResolutionTest.texts(plugin).filter(text -> JAVAX_EE.matcher(text).find())
                .distinct().toList();
        if (plugin.line() == HostLine.PLATFORM_8) {
            assertThat(javax).isEmpty();
            assertThat(FelixResolutionTest.texts(plugin)).anyMatch(text -> text.contains("jakarta/servlet/http"));
        } else {
            assertThat(javax).as("the scan sees javax where it is").isNotEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("jars")
    void eachLineNamesTheAccessAnnotationsItsRestRuntimeReads(PluginJar plugin) throws IOException {
        checkAccessAnnotations(FelixResolutionTest.texts(plugin).toList(), plugin.line());
    }

    /** The line's own REST annotations named somewhere in the bytecode's texts, and the other runtime's nowhere. */
    static void checkAccessAnnotations(List<String> texts, HostLine line) {
        boolean v1 = texts.stream().anyMatch(text -> REST_V1_ANNOTATIONS.matcher(text).find());
        boolean v2 = texts.stream().anyMatch(text -> REST_V2_ANNOTATIONS.matcher(text).find());
        assertThat(v1).as("REST v1 annotations").isEqualTo(line == HostLine.PLATFORM_6);
        assertThat(v2).as("REST v2 annotations").isEqualTo(line != HostLine.PLATFORM_6);
    }

    @ParameterizedTest
    @MethodSource("jars")
    void platformsSevenAndEightDeclareRestV2BesideTheRestModuleAndSixDoesNot(PluginJar plugin) {
        checkRestDeclaration(plugin.descriptor(), plugin.line());
    }

    /** REST v2 declared in a top-level {@code <rest-migration>} beside {@code <rest>} on 7 and 8, not on 6. */
    static void checkRestDeclaration(Document descriptor, HostLine line) {
        Element root = descriptor.getDocumentElement();
        NodeList migrations = root.getElementsByTagName("rest-migration");
        if (line == HostLine.PLATFORM_6) {
            assertThat(migrations.getLength()).as("REST v2 declared on Platform 6").isZero();
            return;
        }
        assertThat(migrations.getLength()).as("REST v2 declared once").isEqualTo(1);
        Element migration = (Element) migrations.item(0);
        assertThat(migration.getParentNode()).as("a top-level module, a sibling of <rest>").isEqualTo(root);
        assertThat(migration.getAttribute("key")).isNotBlank();
        assertThat(migration.getElementsByTagName("rest-v2").getLength()).as("<rest-v2> in the migration").isEqualTo(1);
        assertThat(root.getElementsByTagName("rest").getLength()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("jars")
    void everyLinesJarHoldsTheSameEntries(PluginJar plugin) {
        assertThat(plugin.entries()).containsExactlyInAnyOrderElementsOf(
                PluginJar.of(plugin.name(), HostLine.PLATFORM_6).entries());
    }

    /** The negative control of the scan: Platform 6's jar, which must use javax, is caught by it. */
    @Test
    void theJavaxScanFindsJavaxInPlatformSixsBytecode() throws IOException {
        assertThat(FelixResolutionTest.texts(PluginJar.of("confluence", HostLine.PLATFORM_6))
                .filter(text -> JAVAX_EE.matcher(text).find())).contains("javax/servlet/http/HttpServletRequest");
    }

    /**
     * The negative controls of the annotation check, which once compared a value with itself and passed a line
     * naming no REST annotation: a jar naming none, or the other runtime's, fails it.
     */
    @Test
    void theAnnotationCheckFailsOnAJarNamingNoneOrTheOtherRuntimesAnnotations() throws IOException {
        List<String> six = FelixResolutionTest.texts(PluginJar.of("jira", HostLine.PLATFORM_6)).toList();
        List<String> eight = FelixResolutionTest.texts(PluginJar.of("jira", HostLine.PLATFORM_8)).toList();
        checkAccessAnnotations(six, HostLine.PLATFORM_6);
        checkAccessAnnotations(eight, HostLine.PLATFORM_8);
        List<String> eightNamingNone = eight.stream().filter(text -> !REST_V2_ANNOTATIONS.matcher(text).find())
                .toList();
        assertThatThrownBy(() -> checkAccessAnnotations(eightNamingNone, HostLine.PLATFORM_8))
                .isInstanceOf(AssertionError.class).hasMessageContaining("REST v2 annotations");
        List<String> sixNamingNone = six.stream().filter(text -> !REST_V1_ANNOTATIONS.matcher(text).find())
                .toList();
        assertThatThrownBy(() -> checkAccessAnnotations(sixNamingNone, HostLine.PLATFORM_6))
                .isInstanceOf(AssertionError.class).hasMessageContaining("REST v1 annotations");
        assertThatThrownBy(() -> checkAccessAnnotations(six, HostLine.PLATFORM_8))
                .isInstanceOf(AssertionError.class).hasMessageContaining("REST v1 annotations");
        assertThatThrownBy(() -> checkAccessAnnotations(eight, HostLine.PLATFORM_6))
                .isInstanceOf(AssertionError.class).hasMessageContaining("REST v1 annotations");
    }

    /**
     * The negative controls of the descriptor check: Platform 8's descriptor without {@code <rest-v2>}, or with
     * the migration inside {@code <rest>}, and Platform 6's declaration on Platform 7 (or the reverse) fail it.
     */
    @Test
    void theDescriptorCheckFailsOnADescriptorLackingRestV2OrDeclaringItWrongly() {
        Document eight = PluginJar.of("confluence", HostLine.PLATFORM_8).descriptor();
        checkRestDeclaration(eight, HostLine.PLATFORM_8);

        Document withoutV2 = (Document) eight.cloneNode(true);
        Node v2 = withoutV2.getElementsByTagName("rest-v2").item(0);
        v2.getParentNode().removeChild(v2);
        assertThatThrownBy(() -> checkRestDeclaration(withoutV2, HostLine.PLATFORM_8))
                .isInstanceOf(AssertionError.class).hasMessageContaining("<rest-v2> in the migration");

        Document nested = (Document) eight.cloneNode(true);
        Node migration = nested.getElementsByTagName("rest-migration").item(0);
        nested.getElementsByTagName("rest").item(0).appendChild(migration.getParentNode().removeChild(migration));
        assertThatThrownBy(() -> checkRestDeclaration(nested, HostLine.PLATFORM_8))
                .isInstanceOf(AssertionError.class).hasMessageContaining("a top-level module");

        Document six = PluginJar.of("confluence", HostLine.PLATFORM_6).descriptor();
        assertThatThrownBy(() -> checkRestDeclaration(six, HostLine.PLATFORM_7)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("REST v2 declared once");
        assertThatThrownBy(() -> checkRestDeclaration(eight, HostLine.PLATFORM_6)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("REST v2 declared on Platform 6");
    }
}
