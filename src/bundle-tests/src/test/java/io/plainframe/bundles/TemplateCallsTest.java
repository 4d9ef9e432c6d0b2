package io.plainframe.bundles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Confluence 9 and Jira 10 (Platforms 7 and 8) block every method call in a Velocity template that is not on
 * their allowlist, getters included. Plainframe's templates call nothing: every value arrives as a plain,
 * already escaped variable. Checked on every template of the repository's main sources, found by walking it.
 */
class TemplateCallsTest {

    private static final Set<String> SKIPPED = Set.of("target", ".git", "node_modules");

    @Test
    void noTemplateInTheMainSourcesCallsAMethod() {
        List<Path> templates = mainTemplates();
        assertThat(templates).extracting(path -> path.getFileName().toString())
                .contains("plainframe-admin.vm", "wireframe-panel.vm");
        for (Path template : templates) {
            checkCallsNothing(template.toString(), read(template));
        }
    }

    @ParameterizedTest
    @MethodSource("io.plainframe.bundles.PluginJar#all")
    void everyTemplateInAPluginIsOneOfThoseSources(PluginJar plugin) {
        List<String> sources = mainTemplates().stream().map(TemplateCallsTest::read).toList();
        List<String> entries = plugin.entries().stream().filter(entry -> entry.endsWith(".vm")).toList();
        assertThat(entries).isNotEmpty().allSatisfy(entry -> assertThat(sources).as(entry)
                .contains(plugin.text(entry)));
    }

    @Test
    void aPlantedTemplateIsCaughtOnEveryLineThatCallsSomething() {
        assertThat(TemplateCalls.in("planted-calls.vm", resource("planted-calls.vm"))).containsExactly(
                "planted-calls.vm:2: $user.name",
                "planted-calls.vm:3: $i18n.getText(\"plainframe.admin.title\")",
                "planted-calls.vm:4: ${user.name}",
                "planted-calls.vm:5: ${i18n.getText(\"plainframe.admin.title\")}",
                "planted-calls.vm:6: $!user.name",
                "planted-calls.vm:7: $!{user.fullName()}",
                "planted-calls.vm:8: $user.isAdmin()",
                "planted-calls.vm:9: $roster.editors",
                "planted-calls.vm:10: $i18n.getText(\"plainframe.admin.title\")",
                "planted-calls.vm:11: $user.name",
                "planted-calls.vm:12: $editors[0]",
                "planted-calls.vm:13: $user.name",
                "planted-calls.vm:14: $foreach.count",
                "planted-calls.vm:15: #evaluate",
                "planted-calls.vm:16: $a-b.c",
                "planted-calls.vm:17: \\$escaped.call()");
    }

    /**
     * A negative control from history: the admin template as it was before its texts became plain variables (at
     * the parent of commit 90474a9), which a Confluence 9 or Jira 10 host would have blocked call by call.
     */
    @Test
    void theAdminTemplateAsItWasBeforeTheAllowlistFixFailsTheCheckWithAllItsCalls() {
        String old = resource("admin-with-calls.vm");
        assertThat(TemplateCalls.in("admin-with-calls.vm", old)).hasSize(75)
                .contains("admin-with-calls.vm:5: $i18n.getText(\"plainframe.admin.title\")");
        assertThatThrownBy(() -> checkCallsNothing("admin-with-calls.vm", old)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("admin-with-calls.vm");
    }

    @Test
    void aPlantedTemplateOfPlainVariablesAndDirectivesPasses() {
        assertThat(TemplateCalls.in("planted-no-calls.vm", resource("planted-no-calls.vm"))).isEmpty();
    }

    private static void checkCallsNothing(String name, String template) {
        assertThat(TemplateCalls.in(name, template)).as(name).isEmpty();
    }

    /** Every .vm file below a src/main folder of the repository, build output left out. */
    private static List<Path> mainTemplates() {
        Path root = Path.of(System.getProperty("repository.root", "../..")).toAbsolutePath().normalize();
        List<Path> templates = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return SKIPPED.contains(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    if (relative.endsWith(".vm") && ("/" + relative).contains("/src/main/")) {
                        templates.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return templates;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = TemplateCallsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
