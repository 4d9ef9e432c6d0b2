package io.plainframe.bundles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The manifest headers a host reads, and what the jar carries: our classes only, never a host's. */
class ManifestTest {

    static List<PluginJar> bundles() {
        return PluginJar.both();
    }

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
        String header = plugin.manifest().getValue("Atlassian-Build-Date");
        OffsetDateTime built = OffsetDateTime.parse(header, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ"));
        assertThat(built.getOffset().getTotalSeconds()).as("UTC").isZero();
        assertThat(Duration.between(built.toInstant(), Instant.now()).abs()).as("built by this build, not fixed")
                .isLessThan(Duration.ofDays(1));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyImportIsNamedMandatoryAndSalAndUpmHaveLowerBoundsTheOldestHostsMeet(PluginJar plugin) {
        String imports = plugin.manifest().getValue("Import-Package");
        assertThat(imports).doesNotContain("resolution:=optional").doesNotContain("*");
        List<String> packages = Arrays.stream(imports.split(",(?=[a-z])")).toList();
        assertThat(packages).allSatisfy(entry -> {
            if (entry.startsWith("com.atlassian.sal.api")) {
                assertThat(entry).endsWith(";version=\"4.0.0\"");
            } else if (entry.startsWith("com.atlassian.upm.api")) {
                assertThat(entry).endsWith(";version=\"2.0.1\"");
            } else {
                assertThat(entry).as("host packages stay unversioned").doesNotContain("version");
            }
        });
        assertThat(packages.stream().map(entry -> entry.split(";")[0]))
                .allSatisfy(name -> assertThat(name).satisfiesAnyOf(
                        n -> assertThat(n).startsWith("com.atlassian."),
                        n -> assertThat(n).startsWith("javax.")));
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
