package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue 16 in Chromium, in both products: an editor lists the versions, restores an older one (saved as a new
 * version), is told that someone else has the wireframe open, and deletes a wireframe through a confirmation
 * operated with the keyboard, after which readers see it gone and the audit names who deleted it. The history list
 * is saved as target/screenshots/{product}-history-list.png.
 */
class WireframeHistoryBrowserTest {

    private static final String REST = "/rest/plainframe/1.0";

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
    void anEditorRestoresAnOlderVersionAndSeesWhoElseHasItOpen(String product) {
        Http http = new Http(sandbox.baseUrl(product));
        SandboxWireframesTest.license(http, "user01", "user02");
        String original = Json.write(json(http.get(REST + "/wireframes/demo", "Authorization", basic("user01")))
                .get("document"));
        String moved = original.replaceFirst("(\"id\":\"submit\",\"type\":\"button\",\"x\":)40", "$1200");
        assertThat(moved).isNotEqualTo(original);
        assertThat(http.put(REST + "/wireframes/demo", "{\"version\":1,\"document\":" + moved + "}",
                "Authorization", basic("user02")).statusCode()).isEqualTo(200);
        assertThat(http.put(REST + "/wireframes/demo/editing", "{}", "Authorization", basic("user02")).statusCode())
                .isEqualTo(200);
        try (Browser browser = Browser.start()) {
            open(browser, product, "user01");
            browser.click("[data-wireframe-id='demo'] .plainframe-edit");
            browser.visible(".plainframe-editor .plainframe-canvas");
            browser.waitForText(".plainframe-editing-others", "User 02 has this wireframe open in the editor too.");

            browser.click(".plainframe-editor .plainframe-history");
            browser.waitForCount(".plainframe-history-version", 2);
            browser.waitForText(".plainframe-history-version[data-version='2'] .plainframe-history-label",
                    "Version 2, User 02, ");
            browser.click(".plainframe-history-version[data-version='1'] .plainframe-history-view");
            browser.visible(".plainframe-history-shown svg.plainframe-history-preview");
            browser.screenshot(product + "-history-list");
            browser.click(".plainframe-history-version[data-version='1'] .plainframe-history-restore");
            browser.visible(".plainframe-confirm[role='dialog']");
            browser.click(".plainframe-confirm .plainframe-confirm-ok");
            browser.waitForText(".plainframe-editor-message[data-code='SAVED']", "Saved (version 3)");
        }
        Map<String, Object> now = json(http.get(REST + "/wireframes/demo", "Authorization", basic("user45")));
        assertThat(now).containsEntry("version", 3L);
        assertThat(Json.write(now.get("document"))).as("version 1 restored as version 3").isEqualTo(original);
    }

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void aWireframeDeletedThroughTheKeyboardIsGoneForReadersAndAudited(String product) {
        Http http = new Http(sandbox.baseUrl(product));
        SandboxWireframesTest.license(http, "user01");
        try (Browser browser = Browser.start()) {
            open(browser, product, "user01");
            browser.click("[data-wireframe-id='demo'] .plainframe-edit");
            browser.visible(".plainframe-editor .plainframe-canvas");
            browser.click(".plainframe-editor .plainframe-delete-wireframe");
            browser.visible(".plainframe-confirm[role='dialog']");
            assertThat(browser.script("return document.activeElement.className")).asString()
                    .contains("plainframe-confirm-cancel");
            new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".plainframe-confirm")))
                    .as("Escape cancels").isEmpty();
            assertThat(http.get(REST + "/wireframes/demo", "Authorization", basic("user45")).statusCode())
                    .isEqualTo(200);

            browser.click(".plainframe-editor .plainframe-delete-wireframe");
            browser.visible(".plainframe-confirm[role='dialog']");
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            assertThat(browser.script("return document.activeElement.className")).asString()
                    .contains("plainframe-confirm-ok");
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            waitUntilGone(http);
        }
        assertThat(http.get(REST + "/wireframes/demo", "Authorization", basic("user45")).statusCode())
                .isEqualTo(404);
        try (Browser reader = Browser.start()) {
            open(reader, product, "user45");
            String html = (String) reader.script("return document.body.innerHTML");
            if ("confluence".equals(product)) {
                assertThat(html).contains("data-wireframe-id=\"demo\" data-version=\"0\"")
                        .contains("plainframe-empty");
            } else {
                assertThat(html).doesNotContain("data-wireframe-id=\"demo\"");
            }
        }
        Map<String, Object> audit = asMap(((List<?>) json(http.get(REST + "/audit?limit=3", "Authorization",
                basic("admin"))).get("events")).get(0));
        assertThat(audit).containsEntry("action", "WIREFRAME_DELETED").containsEntry("actor", "user01")
                .containsEntry("subject", "demo");
    }

    private static void waitUntilGone(Http http) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            if (http.get(REST + "/wireframes/demo", "Authorization", basic("user45")).statusCode() == 404) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the wireframe was not deleted");
    }

    private void open(Browser browser, String product, String username) {
        browser.open(sandbox.baseUrl(product) + ("confluence".equals(product) ? "/display/DEMO/Demo+Page"
                : "/browse/DEMO-1"));
        browser.type("#os_username", username);
        browser.type("#os_password", username);
        browser.clickAndWaitForPage("#login-submit");
        browser.visible(".plainframe-wireframe[data-plainframe-status='shown']");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> response) {
        return (Map<String, Object>) Json.parse(response.body());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object json) {
        return (Map<String, Object>) json;
    }
}
