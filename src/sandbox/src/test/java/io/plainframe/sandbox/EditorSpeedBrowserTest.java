package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, item 9: how fast the editor is with 500 controls, measured in Chromium with the Performance API and
 * REPORTED, not asserted (a timed assertion on a shared two-core machine would fail for reasons of its own):
 * opening the editor (the click on the edit action until the 500 controls are drawn and a frame has passed) and
 * the frames of a scripted drag of one control (a pointer move each animation frame; the time between frames
 * and the time the editor's handler takes). Printed and written to target/editor-speed-{product}.txt.
 */
class EditorSpeedBrowserTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final int CONTROLS = 500;
    private static final int MOVES = 120;
    private static final String[] TYPES = {"button", "label", "checkbox", "text-input"};

    @TempDir
    Path data;
    Sandbox sandbox;

    @BeforeEach
    void startSandbox() throws Exception {
        Browser.requireChromium();
        sandbox = new Sandbox(0, data, true);
    }

    @AfterEach
    void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    @SuppressWarnings("unchecked")
    void theEditorWithFiveHundredControlsOpensAndDragsThisFast(String product) throws Exception {
        Http http = new Http(sandbox.baseUrl(product));
        String key = SandboxHostTest.demoKeys(http).get("demo-key-10-editors");
        assertThat(http.put(REST + "/license", Json.write(Map.of("key", key, "acceptLosses", true)), "Authorization",
                basic("admin")).statusCode()).isEqualTo(200);
        assertThat(http.post(REST + "/editors", "application/json", Json.write(Map.of("usernames",
                List.of("user01"))), "Authorization", basic("admin")).statusCode()).isEqualTo(200);
        assertThat(http.put(REST + "/wireframes/demo", "{\"version\":1,\"document\":" + fiveHundred() + "}",
                "Authorization", basic("user01")).statusCode()).isEqualTo(200);

        try (Browser browser = Browser.start()) {
            String url = sandbox.baseUrl(product) + ("confluence".equals(product) ? "/display/DEMO/Demo+Page"
                    : "/browse/DEMO-1");
            browser.open(url);
            browser.type("#os_username", "user01");
            browser.type("#os_password", "user01");
            browser.clickAndWaitForPage("#login-submit");
            browser.visible("[data-wireframe-id='demo'] .plainframe-edit");

            double open = ((Number) browser.asyncScript("var done = arguments[arguments.length - 1];"
                    + "var t0 = performance.now();"
                    + "document.querySelector(\"[data-wireframe-id='demo'] .plainframe-edit\").click();"
                    + "function check() {"
                    + "  if (document.querySelectorAll('.plainframe-editor .plainframe-control').length >= "
                    + CONTROLS + ") {"
                    + "    requestAnimationFrame(function () { setTimeout(function () {"
                    + "      done(performance.now() - t0); }, 0); });"
                    + "  } else { requestAnimationFrame(check); } }"
                    + "requestAnimationFrame(check);")).doubleValue();

            Map<String, Object> drag = (Map<String, Object>) browser.asyncScript(dragScript("c250"));
            List<Double> frames = numbers(drag.get("frames"));
            List<Double> handler = numbers(drag.get("handler"));
            String report = String.format(Locale.ROOT, "Editor speed, %s, %d controls, Chromium headless:%n"
                    + "  open (click to 500 controls drawn + a frame): %.1f ms (target < 1000 ms)%n"
                    + "  drag of one control, %d pointer moves, one per animation frame:%n"
                    + "    time between frames: median %.1f ms, p95 %.1f ms, max %.1f ms (target < 16 ms of work;"
                    + " 16.7 ms is the display's own frame)%n"
                    + "    editor's move handler + layout: median %.2f ms, p95 %.2f ms, max %.2f ms%n"
                    + "    pointer down (select): %.1f ms; pointer up (record the move, refresh): %.1f ms%n",
                    product, CONTROLS, open, MOVES, percentile(frames, 50), percentile(frames, 95),
                    percentile(frames, 100), percentile(handler, 50), percentile(handler, 95),
                    percentile(handler, 100), ((Number) drag.get("down")).doubleValue(),
                    ((Number) drag.get("up")).doubleValue());
            // Fifty controls selected (a click, then 49 Shift+clicks), dragged by one of them.
            Object selected = browser.script("function click(id, shift) {"
                    + " var hit = document.querySelector(\".plainframe-editor [data-control-id='\" + id + \"'] "
                    + ".plainframe-hit\"); hit.scrollIntoView({block: 'center', inline: 'center'});"
                    + " var box = hit.getBoundingClientRect();"
                    + " ['pointerdown', 'pointerup'].forEach(function (type) {"
                    + "  (type === 'pointerdown' ? hit : document).dispatchEvent(new PointerEvent(type, {bubbles: true,"
                    + "  cancelable: true, clientX: box.left + 4, clientY: box.top + 4, pointerId: 1,"
                    + "  pointerType: 'mouse', isPrimary: true, button: 0, buttons: type === 'pointerup' ? 0 : 1,"
                    + "  shiftKey: shift})); }); }"
                    + "click('c300', false); for (var i = 301; i < 350; i++) { click('c' + i, true); }"
                    + "return document.querySelectorAll('.plainframe-editor .plainframe-selection').length;");
            assertThat(((Number) selected).intValue()).as("fifty controls selected").isEqualTo(50);
            Map<String, Object> many = (Map<String, Object>) browser.asyncScript(dragScript("c300"));
            List<Double> manyFrames = numbers(many.get("frames"));
            List<Double> manyHandler = numbers(many.get("handler"));
            report += String.format(Locale.ROOT, "  drag of a selection of 50 controls, %d pointer moves:%n"
                    + "    time between frames: median %.1f ms, p95 %.1f ms, max %.1f ms%n"
                    + "    editor's move handler + layout: median %.2f ms, p95 %.2f ms, max %.2f ms%n"
                    + "    pointer up (record the move, refresh): %.1f ms%n", MOVES, percentile(manyFrames, 50),
                    percentile(manyFrames, 95), percentile(manyFrames, 100), percentile(manyHandler, 50),
                    percentile(manyHandler, 95), percentile(manyHandler, 100),
                    ((Number) many.get("up")).doubleValue());
            System.out.print(report);
            Files.writeString(Path.of("target", "editor-speed-" + product + ".txt"), report, StandardCharsets.UTF_8);
            assertThat(frames).as("the drag was measured").hasSize(MOVES);
            assertThat(manyFrames).as("the selection's drag was measured").hasSize(MOVES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drags the control with the id (and whatever is selected with it), one pointer move per animation frame. */
    private static String dragScript(String id) {
        return "var done = arguments[arguments.length - 1];"
                + "var hit = document.querySelector(\".plainframe-editor [data-control-id='" + id + "'] "
                + ".plainframe-hit\");"
                + "hit.scrollIntoView({block: 'center', inline: 'center'});"
                + "var box = hit.getBoundingClientRect(); var x = box.left + 4; var y = box.top + 4;"
                + "function send(type, cx, cy, on) { on.dispatchEvent(new PointerEvent(type, {bubbles: true,"
                + "  cancelable: true, clientX: cx, clientY: cy, pointerId: 1, pointerType: 'mouse',"
                + "  isPrimary: true, button: 0, buttons: type === 'pointerup' ? 0 : 1})); }"
                + "var s0 = performance.now(); send('pointerdown', x, y, hit);"
                + "var down = performance.now() - s0;"
                + "var frames = [], handler = [], last = null, i = 0;"
                + "function frame(now) {"
                + "  if (last !== null) { frames.push(now - last); } last = now;"
                + "  if (i < " + MOVES + ") { i++; var s = performance.now();"
                + "    send('pointermove', x + i * 2, y + i, document);"
                + "    document.querySelector('.plainframe-editor .plainframe-canvas').getBoundingClientRect();"
                + "    handler.push(performance.now() - s); requestAnimationFrame(frame); }"
                + "  else { var u0 = performance.now(); send('pointerup', x + i * 2, y + i, document);"
                + "    done({frames: frames, handler: handler, down: down, up: performance.now() - u0}); } }"
                + "requestAnimationFrame(frame);";
    }

    /** 500 controls of four types on a 2000 x 1600 canvas, 20 to a row. */
    private static String fiveHundred() {
        StringBuilder json = new StringBuilder("{\"formatVersion\":1,\"width\":2000,\"height\":1600,\"controls\":[");
        for (int i = 0; i < CONTROLS; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"c").append(i).append("\",\"type\":\"")
                    .append(TYPES[i % TYPES.length]).append("\",\"x\":").append(8 + (i % 20) * 96)
                    .append(",\"y\":").append(8 + (i / 20) * 56).append(",\"width\":88,\"height\":32,\"text\":\"")
                    .append("Item ").append(i).append("\"}");
        }
        return json.append("]}").toString();
    }

    private static List<Double> numbers(Object list) {
        List<Double> values = new ArrayList<>();
        for (Object value : (List<?>) list) {
            values.add(((Number) value).doubleValue());
        }
        values.sort(Double::compare);
        return values;
    }

    private static double percentile(List<Double> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
