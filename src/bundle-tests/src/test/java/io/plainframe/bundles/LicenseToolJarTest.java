package io.plainframe.bundles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The vendor's license-tool as its users run it: one executable jar, built by src/license-tool and found where
 * scripts look (SPEC 9: shared-licensing/target/license-tool.jar), running on the JDK alone.
 */
class LicenseToolJarTest {

    @Test
    void theSameJarIsInItsModuleAndWhereScriptsLook() throws IOException {
        assertThat(Files.mismatch(jar("license-tool.jar"), jar("license-tool.scripts-jar"))).isEqualTo(-1L);
    }

    @Test
    void itRunsOnTheJdkAloneFromWhereScriptsLook() throws Exception {
        Run help = run("--help");
        assertThat(help.exit).isZero();
        assertThat(help.out).startsWith("license-tool: issue and check Plainframe license keys.");

        Run check = run("marketplace-check", "--editors", "10", "--host-users", "100");
        assertThat(check.exit).as("refused: needs the 100 tier").isEqualTo(1);
        assertThat(check.out).contains("\"eligible\": false", "\"requiredTier\": \"100\"");
    }

    @Test
    void itCarriesTheToolTheRulesAndTheDemoKeyButNoneOfThePluginsAdapters() {
        List<String> entries = entries(jar("license-tool.jar"));
        assertThat(entries).contains("io/plainframe/licensing/tool/LicenseTool.class",
                "io/plainframe/licensing/key/TrustedKeys.class", "io/plainframe/licensing/i18n/plainframe.properties")
                .noneMatch(entry -> entry.startsWith("io/plainframe/licensing/atlassian/"));
    }

    @Test
    void theCheckThatKeepsThePluginsFreeOfTheToolFindsItInTheToolsOwnJar() {
        // The negative control of ManifestTest's plugin check: the same check, on a jar that has it all.
        assertThat(VendorSide.in(entries(jar("license-tool.jar"))))
                .contains("io/plainframe/licensing/tool/LicenseTool.class",
                        "io/plainframe/licensing/issue/LicenseIssuer.class",
                        "io/plainframe/licensing/tool/demo-signing-key.pem");
    }

    private static Run run(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar("license-tool.scripts-jar").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out);
    }

    private record Run(int exit, String out) {
    }

    private static List<String> entries(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(entry -> entry.getName()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path jar(String property) {
        String path = System.getProperty(property);
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException("run with Maven: " + property + " is " + path);
        }
        return Path.of(path);
    }
}
