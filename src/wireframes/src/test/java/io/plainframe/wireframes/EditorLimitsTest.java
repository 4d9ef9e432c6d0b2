package io.plainframe.wireframes;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Limits come from one place, WireframeFormat: the editor's scripts read them from the page
 * ({@code data-plainframe-limits}, see WireframeViewTest) and write none of their own; their unit tests get them
 * from a fixture this test keeps equal to the server's.
 */
class EditorLimitsTest {

    private static final Path SCRIPTS = Path.of("src/main/resources/io/plainframe/wireframes/web");
    static final Path FIXTURE = Path.of("src/test/js/limits-fixture.js");
    /** A limit's name given a number, a limit's value as a bare number, or the start of the width table. */
    private static final Pattern COPY = Pattern.compile("\\b(maxBytes|minSize|minCanvas|maxCanvas|maxControls"
            + "|maxText|maxOptions|maxRows|maxColumns|maxCellText|maxTitle|maxLevel|maxValue|defaultValue|defaultWidth"
            + "|defaultHeight)\\s*[:=]\\s*\\d|\\b(4000|524288|960)\\b|278,\\s*278,\\s*355");

    @Test
    void theEditorScriptsWriteNoLimitOfTheirOwn() throws IOException {
        List<String> copies = new ArrayList<>();
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).sorted().toList()) {
                copies.addAll(copies(file.getFileName() + "", withoutTemplateDocuments(Files.readString(file))));
            }
        }
        assertThat(copies).isEmpty();
    }

    /** The negative control: the scan finds the copy the model script used to have. */
    @Test
    void theScanFindsAHandWrittenCopy() {
        assertThat(copies("planted.js", "var LIMITS = {\n    minSize: 8,\n    maxCanvas: 4000\n};")).hasSize(2);
        assertThat(copies("planted.js", "width: clamp(whole(source.width, 960), 1, 2)")).hasSize(1);
    }

    @Test
    void theUnitTestFixtureIsTheServersLimits() throws IOException {
        String expected = "/* Written by EditorLimitsTest from WireframeFormat.limits(); do not edit. */\n"
                + "window.PlainframeEditor.model.configure(" + Json.write(WireframeFormat.limits()) + ");\n";
        if (Boolean.getBoolean("plainframe.golden.update")) {
            Files.writeString(FIXTURE, expected);
        }
        assertThat(Files.readString(FIXTURE)).isEqualTo(expected);
    }

    /** The templates' documents are wireframes (a 960 px canvas is a drawing there, not a limit): not scanned. */
    static String withoutTemplateDocuments(String script) {
        int start = script.indexOf("/* templates-json-start */");
        int end = script.indexOf("/* templates-json-end */");
        return start < 0 || end < start ? script : script.substring(0, start) + script.substring(end);
    }

    private static List<String> copies(String name, String script) {
        List<String> found = new ArrayList<>();
        String[] lines = script.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = COPY.matcher(lines[i]);
            while (matcher.find()) {
                found.add(name + ":" + (i + 1) + ": " + lines[i].strip());
            }
        }
        return found;
    }
}
