package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markup where admins read users' words, in Chromium: a display name and an email address with an image whose
 * error handler would run script, a seat-request note with one, and a display name that a spreadsheet would
 * run as a formula. The admin page shows them as text and runs nothing; the CSV export defuses the formula.
 */
class AdminMarkupBrowserTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final String HOSTILE_NAME = "<img src=x onerror=\"window.pwned=1\">Hostile <b>Name</b>";
    private static final String HOSTILE_NOTE = "<img src=x onerror=\"window.pwned=2\"> please";
    private static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"click\")";

    @TempDir
    Path data;

    @Test
    void usersWordsAreTextOnTheAdminPageAndDefusedInTheExport() throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            sandbox.database().update("INSERT INTO users VALUES ('jira', 'key-hostile', 'hostile', ?, ?, TRUE, "
                    + "FALSE)", HOSTILE_NAME, "\"><img src=x onerror=\"window.pwned=3\">@example.com");
            sandbox.database().update("INSERT INTO users VALUES ('jira', 'key-formula', 'formula', ?, "
                    + "'formula@example.com', TRUE, FALSE)", FORMULA_NAME);
            Http http = new Http(sandbox.baseUrl("jira"));
            String key = SandboxHostTest.demoKeys(http).get("demo-key-10-editors");
            assertThat(http.put(REST + "/license", Json.write(Map.of("key", key)), "Authorization", basic("admin"))
                    .statusCode()).isEqualTo(200);
            assertThat(http.post(REST + "/editors", "application/json", Json.write(Map.of("usernames",
                    List.of("hostile", "formula"))), "Authorization", basic("admin")).statusCode()).isEqualTo(200);
            assertThat(http.post(REST + "/seat-requests", "application/json", Json.write(Map.of("note",
                    HOSTILE_NOTE)), "Authorization", basic("user20")).statusCode()).isEqualTo(200);
            String csv = http.get(REST + "/editors.csv", "Authorization", basic("admin")).body();
            assertThat(csv).as("the formula is defused").contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");

            try (Browser browser = Browser.start()) {
                String base = sandbox.baseUrl("jira");
                browser.open(base + "/plugins/servlet/plainframe/admin");
                browser.type("#os_username", "admin");
                browser.type("#os_password", "admin");
                browser.clickAndWaitForPage("#login-submit");
                if (browser.url().contains("/authenticate")) {
                    browser.type("#websudo-password", "admin");
                    browser.clickAndWaitForPage("#websudo-submit");
                }
                browser.visible("#plainframe-admin[data-ready='true']");
                browser.click("#plainframe-tab-editors");
                browser.waitForText("#plainframe-editors", "Hostile <b>Name</b>");
                browser.waitForText("#plainframe-editors", FORMULA_NAME);
                browser.screenshot("jira-admin-hostile-editors");
                browser.click("#plainframe-tab-requests");
                browser.waitForText("#plainframe-requests", HOSTILE_NOTE);
                browser.click("#plainframe-tab-audit");
                browser.waitForText("#plainframe-audit", "hostile");
                assertThat(browser.markupRun("#plainframe-admin")).as("markup run from users' words").isEmpty();

                // Negative control: the page's own bug planted (a name written as markup, as innerHTML would):
                // the same check reports the element and the script it ran.
                browser.script("document.querySelector('#plainframe-editors').insertAdjacentHTML('beforeend',"
                        + " arguments[0])", HOSTILE_NAME);
                assertThat(browser.markupRun("#plainframe-admin")).contains("an <img> element", "a script ran");
            }
        }
    }
}
