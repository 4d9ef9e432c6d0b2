package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue 16, editing power, in Chromium in both products: a designer selects several controls, aligns them, copies
 * and pastes them, undoes and redoes; groups, locks and reorders controls with the keyboard and the context menu;
 * edits a button's text on the canvas; drags a control from the palette to a spot. Each test checks what the
 * saved document holds (GET /wireframes/demo), not only what the page shows.
 */
class EditorEditingBrowserTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final String EDITOR = ".plainframe-editor ";

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
    void aDesignerSelectsSeveralAlignsThemCopiesAndPastesThenUndoesAndRedoes(String product) {
        licenseWithEditor(product);
        try (Browser browser = Browser.start()) {
            open(browser, product);
            Actions actions = new Actions(browser.driver());
            actions.click(control(browser, "help")).keyDown(Keys.SHIFT).click(control(browser, "submit"))
                    .click(control(browser, "todo")).keyUp(Keys.SHIFT).perform();
            browser.waitForText(EDITOR + ".plainframe-editor-status", "3 controls selected");
            assertThat(browser.driver().findElements(By.cssSelector(EDITOR + ".plainframe-selection")))
                    .hasSize(3);
            actions.keyDown(Keys.ALT).keyDown(Keys.SHIFT).sendKeys("t").keyUp(Keys.SHIFT).keyUp(Keys.ALT)
                    .perform();
            browser.waitForText(EDITOR + ".plainframe-editor-status", "3 controls aligned");
            actions.keyDown(Keys.CONTROL).sendKeys("c").sendKeys("v").keyUp(Keys.CONTROL).perform();
            browser.waitForText(EDITOR + ".plainframe-editor-status", "3 controls pasted");
            assertThat(controlCount(browser)).isEqualTo(17);
            actions.keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
            assertThat(controlCount(browser)).as("the paste is one undo step").isEqualTo(14);
            assertThat(control(browser, "help").getAttribute("transform")).as("and only the paste is undone")
                    .isEqualTo("translate(40 346)");
            actions.keyDown(Keys.CONTROL).sendKeys("y").keyUp(Keys.CONTROL).perform();
            assertThat(controlCount(browser)).isEqualTo(17);
            browser.screenshot(product + "-editor-multi-select");
            save(browser);
        }
        Map<String, Map<String, Object>> saved = savedControls(product);
        assertThat(saved).hasSize(17);
        for (String id : List.of("help", "submit", "todo")) {
            assertThat(saved.get(id)).as(id + " aligned to the top of the three").containsEntry("y", 346L);
        }
        assertThat(saved.get("c15")).as("the pasted help link, moved off the original")
                .containsEntry("type", "link").containsEntry("x", 56L).containsEntry("y", 362L);
        assertThat(saved).containsKeys("c16", "c17");
    }

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void aDesignerGroupsLocksAndReordersByKeyboardAndTheContextMenu(String product) {
        licenseWithEditor(product);
        try (Browser browser = Browser.start()) {
            open(browser, product);
            Actions actions = new Actions(browser.driver());
            actions.click(control(browser, "avatar")).keyDown(Keys.SHIFT).click(control(browser, "help"))
                    .keyUp(Keys.SHIFT).keyDown(Keys.CONTROL).sendKeys("g").keyUp(Keys.CONTROL).perform();
            browser.waitForText(EDITOR + ".plainframe-editor-status", "2 controls grouped");
            actions.sendKeys(Keys.ESCAPE).click(control(browser, "avatar")).perform();
            browser.waitForText(EDITOR + ".plainframe-editor-status", "2 controls selected");
            actions.keyDown(Keys.CONTROL).keyDown(Keys.SHIFT).sendKeys("l").keyUp(Keys.SHIFT).keyUp(Keys.CONTROL)
                    .perform();
            browser.waitForText(EDITOR + ".plainframe-editor-status", "2 controls locked");
            actions.sendKeys(Keys.ARROW_RIGHT).sendKeys(Keys.DELETE).perform();
            browser.waitForText(EDITOR + ".plainframe-editor-status", "Locked controls are not moved");
            assertThat(browser.driver().findElements(By.cssSelector(EDITOR + ".plainframe-lock-mark"))).hasSize(2);

            // The context menu by keyboard: Shift+F10, down to "Send to back", Enter.
            actions.click(control(browser, "submit")).keyDown(Keys.SHIFT).sendKeys(Keys.F10).keyUp(Keys.SHIFT)
                    .perform();
            browser.visible(EDITOR + "[role='menu'] [role='menuitem']");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("data-action")).isEqualTo("cut");
            for (int i = 0; i < 8; i++) {
                actions.sendKeys(Keys.ARROW_DOWN).perform();
            }
            assertThat(browser.driver().switchTo().activeElement().getAttribute("data-action")).isEqualTo("back");
            browser.screenshot(product + "-editor-context-menu");
            actions.sendKeys(Keys.ENTER).perform();
            browser.waitForText(EDITOR + ".plainframe-editor-status", "Sent to back");
            assertThat(browser.driver().findElements(By.cssSelector(EDITOR + "[role='menu']"))).as("the menu closed")
                    .isEmpty();
            assertThat(browser.driver().switchTo().activeElement().getAttribute("class"))
                    .contains("plainframe-canvas");
            // Bring forward by keyboard: one place up.
            actions.keyDown(Keys.CONTROL).sendKeys("]").keyUp(Keys.CONTROL).perform();
            browser.waitForText(EDITOR + ".plainframe-editor-status", "Brought forward");

            // The shortcuts panel opens with ? and gives focus back when closed.
            actions.sendKeys("?").perform();
            browser.visible(EDITOR + ".plainframe-shortcuts[role='dialog']");
            browser.screenshot(product + "-editor-shortcuts");
            actions.sendKeys(Keys.ESCAPE).perform();
            assertThat(browser.driver().findElements(By.cssSelector(EDITOR + ".plainframe-shortcuts"))).isEmpty();
            assertThat(browser.driver().switchTo().activeElement().getAttribute("class"))
                    .contains("plainframe-canvas");
            save(browser);
        }
        Map<String, Map<String, Object>> saved = savedControls(product);
        assertThat(saved.get("avatar")).containsEntry("group", "g1").containsEntry("locked", true)
                .containsEntry("x", 40L);
        assertThat(saved.get("help")).containsEntry("group", "g1").containsEntry("locked", true)
                .containsEntry("x", 40L);
        assertThat(saved.get("submit")).doesNotContainKeys("group", "locked");
        assertThat(List.copyOf(saved.keySet()).subList(0, 2)).as("sent to back, then one forward")
                .containsExactly("frame", "submit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void aDesignerEditsTextOnTheCanvasAndDragsAControlFromThePalette(String product) {
        licenseWithEditor(product);
        try (Browser browser = Browser.start()) {
            open(browser, product);
            Actions actions = new Actions(browser.driver());
            actions.doubleClick(control(browser, "submit")).perform();
            WebElement box = browser.visible(EDITOR + "textarea.plainframe-inline-text");
            assertThat(box.getAttribute("value")).isEqualTo("Sign up");
            box.sendKeys("Not kept", Keys.ESCAPE);
            assertThat(browser.driver().findElements(By.cssSelector(EDITOR + ".plainframe-inline-text"))).isEmpty();
            actions.doubleClick(control(browser, "submit")).perform();
            box = browser.visible(EDITOR + "textarea.plainframe-inline-text");
            box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Create <b>account</b>", Keys.ENTER);
            browser.waitForText(EDITOR + ".plainframe-editor-status", "Text changed.");

            WebElement canvas = browser.visible(EDITOR + ".plainframe-canvas");
            WebElement note = browser.visible(EDITOR + ".plainframe-palette-note");
            // The pointer goes to the middle of what is in view: the whole canvas must be.
            browser.script("arguments[0].scrollIntoView({block: 'start'});", browser.find(EDITOR
                    + ".plainframe-palette"));
            // Drop at 100, 60 of the document (the canvas may be shown smaller than the document's 640 pixels).
            int width = canvas.getRect().getWidth();
            int height = canvas.getRect().getHeight();
            double scale = width / 640.0;
            actions.clickAndHold(note).moveByOffset(10, 10).moveToElement(canvas,
                    (int) Math.round(100 * scale) - width / 2, (int) Math.round(60 * scale) - height / 2).release()
                    .perform();
            browser.waitForCount(EDITOR + ".plainframe-control[data-type='note']", 2);
            save(browser);
        }
        Map<String, Map<String, Object>> saved = savedControls(product);
        assertThat(saved.get("submit")).containsEntry("text", "Create <b>account</b>");
        assertThat(saved).hasSize(15);
        Map<String, Object> dropped = saved.get("c15");
        assertThat(dropped).containsEntry("type", "note");
        assertThat((Long) dropped.get("x")).as("where it was dropped, on the grid").isBetween(96L, 104L)
                .matches(x -> x % 8 == 0);
        assertThat((Long) dropped.get("y")).isBetween(56L, 64L).matches(y -> y % 8 == 0);
    }

    private void open(Browser browser, String product) {
        String url = sandbox.baseUrl(product) + ("confluence".equals(product) ? "/display/DEMO/Demo+Page"
                : "/browse/DEMO-1");
        browser.open(url);
        browser.type("#os_username", "user01");
        browser.type("#os_password", "user01");
        browser.clickAndWaitForPage("#login-submit");
        browser.visible(".plainframe-wireframe[data-plainframe-status='shown']");
        browser.click("[data-wireframe-id='demo'] .plainframe-edit");
        browser.visible(EDITOR + ".plainframe-canvas");
        browser.visible(EDITOR + "[data-control-id='submit']");
    }

    private static WebElement control(Browser browser, String id) {
        return browser.visible(EDITOR + ".plainframe-control[data-control-id='" + id + "']");
    }

    private static int controlCount(Browser browser) {
        return browser.driver().findElements(By.cssSelector(EDITOR + ".plainframe-control")).size();
    }

    private static void save(Browser browser) {
        browser.click(EDITOR + ".plainframe-save");
        browser.waitForText(".plainframe-editor-message[data-code='SAVED']", "Saved (version");
    }

    private void licenseWithEditor(String product) {
        Http http = http(product);
        String key = SandboxHostTest.demoKeys(http).get("demo-key-10-editors");
        assertThat(http.put(REST + "/license", Json.write(Map.of("key", key, "acceptLosses", true)), "Authorization",
                basic("admin")).statusCode()).isEqualTo(200);
        assertThat(http.post(REST + "/editors", "application/json", Json.write(Map.of("usernames",
                List.of("user01"))), "Authorization", basic("admin")).statusCode()).isEqualTo(200);
    }

    private Http http(String product) {
        return new Http(sandbox.baseUrl(product));
    }

    /** The saved demo wireframe's controls by id, in drawing order. */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> savedControls(String product) {
        Map<String, Object> answer = (Map<String, Object>) Json.parse(http(product).get(REST + "/wireframes/demo",
                "Authorization", basic("user01")).body());
        List<Map<String, Object>> controls = (List<Map<String, Object>>) ((Map<String, Object>) answer
                .get("document")).get("controls");
        return controls.stream().collect(Collectors.toMap(c -> (String) c.get("id"), c -> c, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
