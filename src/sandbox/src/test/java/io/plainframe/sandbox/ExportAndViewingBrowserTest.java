package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Document;

/**
 * Issue 16, item 5, in both products: a 4000 px wide wireframe fits an 800 px window without scrolling the page
 * sideways and opens at full size by keyboard; the editor's zoom keeps dragging exact at 50% and 200%; readers and
 * editors download the wireframe as SVG (parsed as XML, the controls' text in it) and as PNG (its signature and
 * twice the drawing's size). Downloads are caught at the blob link the page clicks.
 */
class ExportAndViewingBrowserTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final String HOSTILE = "<b>Sign & \"in\"</b>";
    /** Catches the files the page hands to the browser: the blob behind each download link, read as base64. */
    private static final String CATCH_DOWNLOADS = "window.caught = []; var blobs = {};"
            + "var create = URL.createObjectURL;"
            + "URL.createObjectURL = function (blob) { var url = create.call(URL, blob); blobs[url] = blob;"
            + "  return url; };"
            + "HTMLAnchorElement.prototype.click = function () { var name = this.download;"
            + "  var blob = blobs[this.href]; var reader = new FileReader();"
            + "  reader.onload = function () { window.caught.push({name: name, type: blob.type,"
            + "    data: String(reader.result).split(',')[1]}); };"
            + "  reader.readAsDataURL(blob); };";

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
    void aWideWireframeFitsAn800PixelWindowAndOpensAtFullSizeByKeyboard(String product) {
        licenseWithEditors(product, "user01");
        store(product, 4000, 600);
        try (Browser browser = Browser.start()) {
            browser.driver().manage().window().setSize(new Dimension(800, 900));
            logInAndOpen(browser, product, "user45");
            WebElement figure = browser.visible("[data-wireframe-id='demo'] .plainframe-figure");
            assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                    .as("no sideways scroll").isLessThanOrEqualTo(((Number) browser.script(
                            "return window.innerWidth")).intValue());
            assertThat(figure.findElement(By.cssSelector("svg")).getSize().getWidth()).isLessThan(800);
            browser.screenshot(product + "-wireframe-wide-at-800");
            // Negative control: without the stylesheet's scaling the same check sees the page scroll sideways.
            browser.script("var s = document.createElement('style'); s.id = 'planted';"
                    + "s.textContent = '.plainframe-wireframe .plainframe-figure > svg { max-width: none; }';"
                    + "document.head.appendChild(s);");
            assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                    .as("planted: the SVG at its own width").isGreaterThan(((Number) browser.script(
                            "return window.innerWidth")).intValue());
            browser.script("document.getElementById('planted').remove()");

            browser.script("arguments[0].focus()", figure);
            figure.sendKeys(Keys.ENTER);
            WebElement dialog = browser.visible(".plainframe-full-size[role='dialog']");
            assertThat(dialog.findElement(By.cssSelector("svg")).getSize().getWidth()).isEqualTo(4000);
            assertThat(browser.script("return document.activeElement.className")).isEqualTo(
                    "aui-button plainframe-full-size-close");
            browser.screenshot(product + "-wireframe-full-size");
            browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            browser.waitForCount(".plainframe-full-size", 0);
            assertThat(browser.script("return document.activeElement.classList.contains('plainframe-figure')"))
                    .as("the focus is back on the wireframe").isEqualTo(true);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void draggingAtFiftyAndTwoHundredPercentMovesByTheDocumentDistance(String product) {
        licenseWithEditors(product, "user01");
        try (Browser browser = Browser.start()) {
            logInAndOpen(browser, product, "user01");
            browser.click("[data-wireframe-id='demo'] .plainframe-edit");
            browser.visible(".plainframe-editor [data-control-id='submit']");
            browser.click(".plainframe-editor .plainframe-zoom-actual");
            assertThat(zoom(browser)).isEqualTo("100");
            browser.find(".plainframe-editor .plainframe-canvas").sendKeys(Keys.chord(Keys.CONTROL, "-"));
            assertThat(zoom(browser)).as("Ctrl+- zooms out one step").isEqualTo("90");
            clickUntilZoom(browser, ".plainframe-zoom-out", "50");
            assertThat(browser.find(".plainframe-zoom-level").getText()).isEqualTo("Zoom 50%");

            int before = editorX(browser, "submit");
            drag(browser, "submit", 80);
            assertThat(editorX(browser, "submit")).as("80 screen pixels at 50% are 160 in the document")
                    .isEqualTo(before + 160);

            clickUntilZoom(browser, ".plainframe-zoom-in", "200");
            before = editorX(browser, "submit");
            drag(browser, "submit", 80);
            assertThat(editorX(browser, "submit")).as("80 screen pixels at 200% are 40 in the document")
                    .isEqualTo(before + 40);
            assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                    .as("the canvas pans inside the editor").isLessThanOrEqualTo(((Number) browser.script(
                            "return window.innerWidth")).intValue());
            browser.screenshot(product + "-wireframe-editor-zoom-200");

            browser.click(".plainframe-editor .plainframe-zoom-fit");
            assertThat(Integer.parseInt(zoom(browser))).isBetween(5, 100);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void readersAndEditorsDownloadTheWireframeAsSvgAndPng(String product) {
        licenseWithEditors(product, "user01");
        store(product, 640, 240);
        try (Browser browser = Browser.start()) {
            logInAndOpen(browser, product, "user45");
            browser.script(CATCH_DOWNLOADS);
            browser.click("[data-wireframe-id='demo'] .plainframe-download-svg");
            browser.click("[data-wireframe-id='demo'] .plainframe-download-png");
            List<Map<String, Object>> files = caught(browser, 2);
            checkSvg(files.get(0), "wireframe-demo.svg");
            checkPng(files.get(1), "wireframe-demo.png", 1280, 480);

            browser.forgetCookies();
            logInAndOpen(browser, product, "user01");
            browser.click("[data-wireframe-id='demo'] .plainframe-edit");
            browser.visible(".plainframe-editor [data-control-id='hostile']");
            browser.script(CATCH_DOWNLOADS);
            browser.click(".plainframe-editor .plainframe-export-svg");
            browser.click(".plainframe-editor .plainframe-export-png");
            files = caught(browser, 2);
            checkSvg(files.get(0), "wireframe-demo.svg");
            checkPng(files.get(1), "wireframe-demo.png", 1280, 480);
        }
    }

    private static void checkSvg(Map<String, Object> file, String name) {
        assertThat(file).containsEntry("name", name);
        assertThat((String) file.get("type")).startsWith("image/svg+xml");
        Document svg = parse(Base64.getDecoder().decode((String) file.get("data")));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getDocumentElement().getTextContent()).contains(HOSTILE).contains("Continue");
    }

    private static void checkPng(Map<String, Object> file, String name, int width, int height) {
        assertThat(file).containsEntry("name", name).containsEntry("type", "image/png");
        byte[] png = Base64.getDecoder().decode((String) file.get("data"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        assertThat(List.of(header.getInt(), header.getInt())).as("IHDR width and height")
                .containsExactly(width, height);
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("the SVG file is not XML: " + e, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> caught(Browser browser, int count) {
        new WebDriverWait(browser.driver(), Browser.WAIT).until(d -> ((Number) browser.script(
                "return window.caught.length")).intValue() >= count);
        return (List<Map<String, Object>>) browser.script("return window.caught");
    }

    private static String zoom(Browser browser) {
        return browser.find(".plainframe-editor").getAttribute("data-zoom");
    }

    private static void clickUntilZoom(Browser browser, String button, String level) {
        for (int i = 0; i < 12 && !level.equals(zoom(browser)); i++) {
            browser.click(".plainframe-editor " + button);
        }
        assertThat(zoom(browser)).isEqualTo(level);
    }

    private static int editorX(Browser browser, String id) {
        String transform = browser.find(".plainframe-editor [data-control-id='" + id + "']").getAttribute(
                "transform");
        return (int) Double.parseDouble(transform.replaceAll("translate\\(([-0-9.]+).*", "$1"));
    }

    private static void drag(Browser browser, String id, int pixels) {
        WebElement control = browser.find(".plainframe-editor [data-control-id='" + id + "']");
        browser.script("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", control);
        new Actions(browser.driver()).moveToElement(control, 4 - control.getSize().getWidth() / 2, 0)
                .clickAndHold().moveByOffset(pixels / 2, 0).moveByOffset(pixels - pixels / 2, 0).release()
                .perform();
    }

    /** A wireframe as wide as asked, with a hostile label and a button, stored as the demo's version 2. */
    private void store(String product, int width, int height) {
        String document = "{\"formatVersion\":1,\"width\":" + width + ",\"height\":" + height + ",\"controls\":["
                + "{\"id\":\"hostile\",\"type\":\"label\",\"x\":16,\"y\":16,\"width\":400,\"height\":40,\"text\":"
                + Json.write(HOSTILE) + "},{\"id\":\"far\",\"type\":\"button\",\"x\":" + (width - 216)
                + ",\"y\":80,\"width\":200,\"height\":40,\"text\":\"Continue\"}]}";
        assertThat(new Http(sandbox.baseUrl(product)).put(REST + "/wireframes/demo", "{\"version\":1,\"document\":"
                + document + "}", "Authorization", basic("user01")).statusCode()).isEqualTo(200);
    }

    private void licenseWithEditors(String product, String... editors) {
        Http http = new Http(sandbox.baseUrl(product));
        String key = SandboxHostTest.demoKeys(http).get("demo-key-10-editors");
        assertThat(http.put(REST + "/license", Json.write(Map.of("key", key, "acceptLosses", true)), "Authorization",
                basic("admin")).statusCode()).isEqualTo(200);
        assertThat(http.post(REST + "/editors", "application/json", Json.write(Map.of("usernames",
                List.of(editors))), "Authorization", basic("admin")).statusCode()).isEqualTo(200);
    }

    private void logInAndOpen(Browser browser, String product, String username) {
        String url = sandbox.baseUrl(product) + ("confluence".equals(product) ? "/display/DEMO/Demo+Page"
                : "/browse/DEMO-1");
        browser.open(url);
        browser.type("#os_username", username);
        browser.type("#os_password", username);
        browser.clickAndWaitForPage("#login-submit");
        browser.visible(".plainframe-wireframe[data-plainframe-status='shown']");
    }
}
