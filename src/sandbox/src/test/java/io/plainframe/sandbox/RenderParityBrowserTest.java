package io.plainframe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * One drawing: the editor's renderer (plainframe-editor-render.js and its drawings) and the server's SvgRenderer
 * draw the corpus of every control type (src/wireframes/src/test/resources/golden/every-control.json, hostile and
 * long text included) alike. Both are drawn in headless Chromium side by side, the server's from its golden SVG
 * (kept equal to SvgRenderer's output by SvgRendererTest); each control's shapes are compared by kind, rounded
 * box and text, and so is its overflow mark. Planted drifts (a shape moved, text measured differently) must fail.
 */
class RenderParityBrowserTest {

    private static final Path WIREFRAMES = Path.of("..", "wireframes", "src", "test");
    private static final Path PAGE = WIREFRAMES.resolve(Path.of("js", "parity.html"));
    private static final Path CORPUS = WIREFRAMES.resolve(Path.of("resources", "golden", "every-control.json"));
    private static final Path SERVER = WIREFRAMES.resolve(Path.of("resources", "golden", "every-control.svg"));

    @Test
    void theEditorDrawsEveryControlOfTheCorpusAsTheServerDoes() throws IOException {
        List<String> differences = differences("");
        assertThat(differences).isEmpty();
    }

    @Test
    void aShapeMovedInTheEditorIsCaught() throws IOException {
        List<String> differences = differences("var circle = PlainframeEditor.render.Pen.prototype.circle;"
                + "PlainframeEditor.render.Pen.prototype.circle = function (cx, cy, r, f, s, w) {"
                + "circle.call(this, cx + 3, cy, r, f, s, w); };");
        assertThat(String.join("\n", differences)).contains("radio:", "slider:", "avatar:");
    }

    @Test
    void textMeasuredDifferentlyInTheEditorIsCaught() throws IOException {
        List<String> differences = differences("var g = JSON.parse(JSON.stringify("
                + "PlainframeEditor.model.LIMITS.glyphs)); g.margin = 0.9; PlainframeEditor.textFit.configure(g);");
        assertThat(String.join("\n", differences)).contains("label:", "button-narrow:");
    }

    /** What differs, control by control; {@code drift} runs in the page first (a negative control). */
    @SuppressWarnings("unchecked")
    private static List<String> differences(String drift) throws IOException {
        String svg = Files.readString(SERVER).strip();
        String corpus = Files.readString(CORPUS);
        Map<String, Object> drawn;
        try (Browser browser = Browser.start()) {
            browser.open(PAGE.toAbsolutePath().normalize().toUri().toString());
            if (!drift.isEmpty()) {
                browser.script(drift);
            }
            drawn = (Map<String, Object>) browser.script("return window.drawBoth(arguments[0], arguments[1]);", svg,
                    corpus);
        }
        Map<String, Object> server = (Map<String, Object>) drawn.get("server");
        Map<String, Object> editor = (Map<String, Object>) drawn.get("editor");
        assertThat(server.keySet()).as("the corpus has a control of every kind").hasSizeGreaterThan(40);
        List<String> differences = new ArrayList<>();
        for (String id : new TreeSet<>(server.keySet())) {
            Map<String, Object> s = (Map<String, Object>) server.get(id);
            Map<String, Object> e = (Map<String, Object>) editor.get(id);
            if (e == null) {
                differences.add(id + ": not drawn by the editor");
            } else if (!s.equals(e)) {
                differences.add(id + ":\n  server " + s + "\n  editor " + e);
            }
        }
        return differences;
    }
}
