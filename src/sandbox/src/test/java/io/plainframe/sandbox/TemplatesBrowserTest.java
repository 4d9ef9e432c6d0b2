package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
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
 * Issue 16, item 4, in both products: "New wireframe" offers templates above a blank canvas; an editor picks the
 * sign-in page, gives the wireframe a title, saves, and the stored document and the page the readers see hold it.
 */
class TemplatesBrowserTest {

    private static final String REST = "/rest/plainframe/1.0";

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
    void aNewWireframeStartsFromATemplateAndKeepsItsTitle(String product) {
        Http http = new Http(sandbox.baseUrl(product));
        String key = SandboxHostTest.demoKeys(http).get("demo-key-10-editors");
        assertThat(http.put(REST + "/license", Json.write(Map.of("key", key)), "Authorization", basic("admin"))
                .statusCode()).isEqualTo(200);
        String url = sandbox.baseUrl(product) + ("confluence".equals(product) ? "/display/DEMO/Demo+Page"
                : "/browse/DEMO-1");
        try (Browser browser = Browser.start()) {
            browser.open(url);
            browser.type("#os_username", "user01");
            browser.type("#os_password", "user01");
            browser.clickAndWaitForPage("#login-submit");
            browser.visible(".plainframe-wireframe[data-plainframe-status='shown']");
            String container = "confluence".equals(product) ? "[data-wireframe-id='sketch']" : ".plainframe-new";
            browser.click(container + " .plainframe-edit");
            browser.visible(".plainframe-editor .plainframe-canvas");
            assertThat(browser.driver().findElements(By.cssSelector(".plainframe-templates .plainframe-template")))
                    .as("blank and four templates").hasSize(5);
            browser.click(".plainframe-templates [data-template='sign-in']");
            browser.waitForCount(".plainframe-editor .plainframe-controls .plainframe-control", 11);
            assertThat(browser.driver().findElements(By.cssSelector(".plainframe-templates"))).as("chosen: gone")
                    .isEmpty();
            browser.script("var title = document.querySelector('.plainframe-editor .plainframe-prop-title');"
                    + "title.focus(); title.value = 'Sign-in, first try \\u2705';"
                    + "title.dispatchEvent(new Event('input', {bubbles: true}));");
            browser.screenshot(product + "-template-wireframe");
            browser.click(".plainframe-editor .plainframe-save");
            browser.waitForText(".plainframe-editor-message[data-code='SAVED']", "Saved (version");
            String id = browser.find(".plainframe-wireframe[data-plainframe-editing='true']")
                    .getAttribute("data-wireframe-id");

            Map<String, Object> stored = Http.json(http.get(REST + "/wireframes/" + id, "Authorization",
                    basic("user01")));
            @SuppressWarnings("unchecked")
            Map<String, Object> document = (Map<String, Object>) stored.get("document");
            assertThat(document.get("title")).isEqualTo("Sign-in, first try \u2705");
            assertThat((List<?>) document.get("controls")).hasSize(11);
            assertThat(Json.write(document)).contains("Continue with Google", "Forgot your password?");

            String page = new Http(sandbox.baseUrl(product)).get(url.substring(sandbox.baseUrl(product).length()),
                    "Authorization", basic("user45")).body();
            assertThat(page).as("readers see it").contains("Continue with Google").contains("Sign-in, first try");
        }
    }
}
