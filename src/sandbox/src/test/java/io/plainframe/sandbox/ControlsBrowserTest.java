package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Issue 16's controls in both products: a wireframe with every control type (the every-control corpus, long and
 * hostile text included) shows on the page and in the editor with no text cut silently: every line that reaches
 * past its control's box (by more than a glyph's overhang), as Chromium lays it out with its own fonts, belongs
 * to a control with the overflow mark; the old drawing (the label's whole text on one line) is caught. The
 * palette offers the types in their seven categories (screenshot {product}-palette.png).
 */
class ControlsBrowserTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final Path CORPUS = Path.of("..", "wireframes", "src", "test", "resources", "golden",
            "every-control.json");
    /**
     * The controls (by CSS selector) whose text lines reach past their box in Chromium's layout but carry no
     * overflow mark: text cut silently.
     */
    private static final String SILENTLY_CUT = "var out = [];"
            + "document.querySelectorAll(arguments[0]).forEach(function (box) {"
            + "  var marked = box.getAttribute('data-overflow') === 'true'"
            + "    || box.parentNode.getAttribute('data-overflow') === 'true';"
            + "  var w = parseFloat(box.getAttribute('width')), h = parseFloat(box.getAttribute('height'));"
            + "  box.querySelectorAll('text').forEach(function (text) {"
            + "    var b = text.getBBox();"
            + "    var out1 = b.x < -2 || b.x + b.width > w + 2 || b.y < -3 || b.y + b.height > h + 3;"
            + "    if (out1 && !marked) {"
            + "      out.push((box.getAttribute('data-id') || box.parentNode.getAttribute('data-control-id'))"
            + "        + ': ' + text.textContent + ' ' + [b.x, b.y, b.width, b.height].map(Math.round) + ' in ' + w"
            + "        + 'x' + h);"
            + "    }"
            + "  });"
            + "});"
            + "return out;";

    @TempDir
    Path data;
    Sandbox sandbox;

    @BeforeEach
    void startSandbox() throws Exception {
        sandbox = new Sandbox(0, data, true);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void everyControlShowsWithoutSilentlyCutTextOnThePageAndInTheEditor(String product) throws Exception {
        Http http = new Http(sandbox.baseUrl(product));
        String key = SandboxHostTest.demoKeys(http).get("demo-key-10-editors");
        assertThat(http.put(REST + "/license", Json.write(Map.of("key", key, "acceptLosses", true)), "Authorization",
                basic("admin")).statusCode()).isEqualTo(200);
        assertThat(http.post(REST + "/editors", "application/json", Json.write(Map.of("usernames",
                List.of("user01"))), "Authorization", basic("admin")).statusCode()).isEqualTo(200);
        assertThat(http.put(REST + "/wireframes/demo", "{\"version\":1,\"document\":" + Files.readString(CORPUS)
                + "}", "Authorization", basic("user01")).statusCode()).isEqualTo(200);

        String url = sandbox.baseUrl(product) + ("confluence".equals(product) ? "/display/DEMO/Demo+Page"
                : "/browse/DEMO-1");
        try (Browser browser = Browser.start()) {
            browser.open(url);
            browser.type("#os_username", "user01");
            browser.type("#os_password", "user01");
            browser.clickAndWaitForPage("#login-submit");
            browser.visible(".plainframe-wireframe[data-plainframe-status='shown']");
            String figure = "[data-wireframe-id='demo'] .plainframe-figure svg[data-id]";
            assertThat(browser.driver().findElements(By.cssSelector(figure))).hasSizeGreaterThan(45);
            assertThat(browser.script(SILENTLY_CUT, figure)).as("on the page").isEqualTo(List.of());
            assertThat(browser.find("[data-wireframe-id='demo'] svg[data-id='label']").getText())
                    .contains("Already have an", "account? Log in");
            assertThat(browser.find("[data-wireframe-id='demo'] svg[data-id='button']").getText())
                    .isEqualTo("Continue with Google");
            // The negative control: the label drawn the old way, its whole text on one unmarked line, is caught.
            browser.script("document.querySelector(\"[data-wireframe-id='demo'] svg[data-id='label'] text\")"
                    + ".textContent = 'Already have an account? Log in';");
            assertThat(browser.script(SILENTLY_CUT, figure)).asString().contains("label: Already have an account?");

            browser.click("[data-wireframe-id='demo'] .plainframe-edit");
            browser.visible(".plainframe-editor .plainframe-canvas");
            String canvas = ".plainframe-editor .plainframe-control > svg";
            // The editor fetches the wireframe after it opens: wait for its drawing.
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.cssSelector(canvas)).size() > 45);
            // At 100 %, as readers see it: the editor opens a wide canvas fitted to its area, where Chromium's
            // text boxes, measured in screen pixels, round a pixel or two past the control's.
            browser.click(".plainframe-editor .plainframe-zoom-actual");
            assertThat(browser.script(SILENTLY_CUT, canvas)).as("in the editor").isEqualTo(List.of());

            assertThat(browser.driver().findElements(By.cssSelector(".plainframe-editor .plainframe-palette-category")))
                    .hasSize(7);
            assertThat(browser.driver().findElements(By.cssSelector(".plainframe-editor .plainframe-palette-item")))
                    .hasSizeGreaterThanOrEqualTo(40);
            browser.screenshot(product + "-palette");
            browser.click(".plainframe-editor .plainframe-palette-tabs");
            browser.visible(".plainframe-editor .plainframe-control[data-type='tabs']");
        }
    }
}
