package io.plainframe.bundles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
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
        List<String> texts = FelixResolutionTest.texts(plugin).toList();
        boolean v1 = texts.stream().anyMatch(text -> REST_V1_ANNOTATIONS.matcher(text).find());
        boolean v2 = texts.stream().anyMatch(text -> REST_V2_ANNOTATIONS.matcher(text).find());
        assertThat(v1).as("REST v1 annotations").isEqualTo(plugin.line() == HostLine.PLATFORM_6);
        assertThat(v2).as("REST v2 annotations").isEqualTo(plugin.line() != HostLine.PLATFORM_6);
    }

    @ParameterizedTest
    @MethodSource("jars")
    void platformsSevenAndEightDeclareRestV2BesideTheRestModuleAndSixDoesNot(PluginJar plugin) {
        Element root = plugin.descriptor().getDocumentElement();
        NodeList migrations = root.getElementsByTagName("rest-migration");
        if (plugin.line() == HostLine.PLATFORM_6) {
            assertThat(migrations.getLength()).isZero();
            return;
        }
        assertThat(migrations.getLength()).isEqualTo(1);
        Element migration = (Element) migrations.item(0);
        assertThat(migration.getParentNode()).as("a top-level module, a sibling of <rest>").isEqualTo(root);
        assertThat(migration.getAttribute("key")).isNotBlank();
        assertThat(migration.getElementsByTagName("rest-v2").getLength()).isEqualTo(1);
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
}
