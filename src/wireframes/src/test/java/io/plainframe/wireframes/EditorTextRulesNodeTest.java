package io.plainframe.wireframes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The editor's text rules (plainframe-editor-text.js) run in Node against the corpus the server's rules are
 * tested with. Skipped only where Node is missing, and never under {@code CI=true}. A copy of the script with
 * a planted drift (the escaped comma forgotten, the width margin changed) must fail the same test.
 */
class EditorTextRulesNodeTest {

    private static final Path SCRIPT = Path.of("src/main/resources/io/plainframe/wireframes/web/"
            + "plainframe-editor-text.js");
    private static final Path TEST = Path.of("src/test/js/text-rules.test.js");

    @Test
    void theEditorParsesAndFitsTextAsTheServerDoes() throws Exception {
        Run run = node(Map.of());
        assertThat(run.exit).as(run.output).isZero();
        assertThat(run.output).contains(" 0 failed");
    }

    @Test
    void aPlantedDriftInTheQuickTextParserIsCaught(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String script = Files.readString(SCRIPT);
        String drifted = script.replace("'*->,\\\\'", "'*->\\\\'");
        assertThat(drifted).as("the drift is planted").isNotEqualTo(script);
        Path copy = dir.resolve("drifted.js");
        Files.writeString(copy, drifted);
        Run run = node(Map.of("PLAINFRAME_TEXT_MODULE", copy.toAbsolutePath().toString()));
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.output).contains("FAIL quick text: an escaped comma stays in its cell");
    }

    @Test
    void aPlantedDriftInTextFittingIsCaught(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String script = Files.readString(SCRIPT);
        String drifted = script.replace("return pixels(thousandths(text, 0, text.length, bold), size);",
                "return pixels(thousandths(text, 0, text.length, bold), size) * 0.9;");
        assertThat(drifted).as("the drift is planted").isNotEqualTo(script);
        Path copy = dir.resolve("drifted.js");
        Files.writeString(copy, drifted);
        Run run = node(Map.of("PLAINFRAME_TEXT_MODULE", copy.toAbsolutePath().toString()));
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.output).contains("FAIL text fit:");
    }

    private record Run(int exit, String output) {
    }

    private static Run node(Map<String, String> environment) throws IOException, InterruptedException {
        assumeTrue(nodeAvailable() || "true".equals(System.getenv("CI")), "Node is not installed here");
        ProcessBuilder builder = new ProcessBuilder("node", TEST.toString()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static boolean nodeAvailable() {
        try {
            Process probe = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
