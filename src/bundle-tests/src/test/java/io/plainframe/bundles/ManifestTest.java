package io.plainframe.bundles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The manifest headers a host reads, and what the jar carries: our classes only, never a host's. */
class ManifestTest {

    private static final DateTimeFormatter BUILD_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    static List<PluginJar> bundles() {
        return PluginJar.all();
    }

    /** What each line imports JAX-RS, servlet and inject as (src/platforms/platformN.bnd). */
    private static final Map<HostLine, Map<String, String>> RANGES = Map.of(
            HostLine.PLATFORM_6, Map.of("javax.ws.rs", "[1.1,2)"),
            HostLine.PLATFORM_7, Map.of("javax.ws.rs", "[2,3)"),
            HostLine.PLATFORM_8, Map.of("jakarta.ws.rs", "[3,4)", "jakarta.servlet", "[6,7)",
                    "jakarta.inject", "[2,3)"));

    @ParameterizedTest
    @MethodSource("bundles")
    void theManifestNamesThePluginItsBuildDateAndItsSpringContext(PluginJar plugin) {
        Attributes manifest = plugin.manifest();
        assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo(plugin.pluginKey());
        assertThat(manifest.getValue("Atlassian-Plugin-Key")).isEqualTo(plugin.pluginKey());
        assertThat(manifest.getValue("Spring-Context")).isEqualTo("*");
        assertThat(manifest.getValue("Export-Package")).as("no API offered to other bundles").isNull();
        assertThat(manifest.getValue("Plainframe-Version")).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void theBuildDateIsWhenThisJarWasBuiltInTheFormatUpmReads(PluginJar plugin) {
        assertBuiltByThisBuild(plugin.manifest().getValue("Atlassian-Build-Date"), HostLine.property("build.date"));
    }

    @Test
    void aJarLeftFromAnEarlierBuildFailsTheBuildDateCheck() {
        String thisBuild = HostLine.property("build.date");
        String earlier = OffsetDateTime.parse(thisBuild, BUILD_DATE).minusDays(2).format(BUILD_DATE);
        assertThatThrownBy(() -> assertBuiltByThisBuild(earlier, thisBuild)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("the date of the build that made the jar");
        assertThatThrownBy(() -> assertBuiltByThisBuild(thisBuild.replace("+0000", "+0100"), thisBuild))
                .isInstanceOf(AssertionError.class);
    }

    /** The build's own clock (Maven's build timestamp), so an old jar in the tree fails and a slow CI does not. */
    private static void assertBuiltByThisBuild(String header, String buildDate) {
        OffsetDateTime built = OffsetDateTime.parse(header, BUILD_DATE);
        assertThat(built.getOffset().getTotalSeconds()).as("UTC").isZero();
        assertThat(header).as("the date of the build that made the jar").isEqualTo(buildDate);
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyLinesJarIsTheSamePluginAndNamesItsLineAndItsJava(PluginJar plugin) {
        Attributes manifest = plugin.manifest();
        Attributes platform6 = PluginJar.of(plugin.name(), HostLine.PLATFORM_6).manifest();
        for (String header : List.of("Bundle-SymbolicName", "Atlassian-Plugin-Key", "Bundle-Version",
                "Plainframe-Version", "Atlassian-Build-Date")) {
            assertThat(manifest.getValue(header)).as(header).isEqualTo(platform6.getValue(header));
        }
        assertThat(manifest.getValue("Plainframe-Platform")).isEqualTo(Integer.toString(plugin.line().number()));
        assertThat(manifest.getValue("Require-Capability"))
                .isEqualTo("osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(version>=" + plugin.line().java() + "))\"");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyImportIsNamedMandatoryAndSalAndUpmHaveLowerBoundsTheOldestHostsMeet(PluginJar plugin) {
        String imports = plugin.manifest().getValue("Import-Package");
        assertThat(imports).doesNotContain("resolution:=optional").doesNotContain("*");
        List<String> packages = Arrays.stream(imports.split(",(?=[a-z])")).toList();
        Map<String, String> ranges = RANGES.get(plugin.line());
        assertThat(packages).allSatisfy(entry -> {
            String name = entry.split(";")[0];
            String range = ranges.entrySet().stream().filter(r -> name.startsWith(r.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (name.startsWith("com.atlassian.sal.api")) {
                assertThat(entry).endsWith(";version=\"4.0.0\"");
            } else if (name.startsWith("com.atlassian.upm.api")) {
                assertThat(entry).endsWith(";version=\"2.0.1\"");
            } else if (range != null) {
                assertThat(entry).as("the line's API").endsWith(";version=\"" + range + "\"");
            } else {
                assertThat(entry).as("host packages stay unversioned").doesNotContain("version");
            }
        });
        assertThat(packages.stream().map(entry -> entry.split(";")[0]))
                .allSatisfy(name -> assertThat(name).satisfiesAnyOf(
                        n -> assertThat(n).startsWith("com.atlassian."),
                        n -> assertThat(n).startsWith("javax."),
                        n -> assertThat(n).startsWith("jakarta.")))
                .anySatisfy(name -> assertThat(name).startsWith(
                        plugin.line() == HostLine.PLATFORM_8 ? "jakarta.ws.rs" : "javax.ws.rs"));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void theJarCarriesOurClassesAndNoHostClass(PluginJar plugin) {
        List<String> classes = plugin.entries().stream().filter(entry -> entry.endsWith(".class")).toList();
        assertThat(classes).isNotEmpty().allSatisfy(entry -> assertThat(entry).startsWith("io/plainframe/"));
        assertThat(plugin.entries()).noneMatch(entry -> entry.startsWith("com/atlassian/"));
        assertThat(plugin.entries()).noneMatch(entry -> entry.endsWith(".jar"));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void theVendorsToolItsIssuingRulesAndTheDemoSigningKeyStayOutOfThePlugin(PluginJar plugin) {
        assertThat(VendorSide.in(plugin.entries())).as("the vendor's side in the plugin (a checkout that built "
                + "the tool inside shared-licensing before it moved to src/license-tool keeps stale copies in "
                + "shared-licensing/target until ./mvnw clean)").isEmpty();
        assertThat(plugin.entries()).noneMatch(entry -> entry.endsWith(".pem"));
        assertThat(plugin.has("io/plainframe/licensing/key/vendor-keys.txt")).isTrue();
    }
}
