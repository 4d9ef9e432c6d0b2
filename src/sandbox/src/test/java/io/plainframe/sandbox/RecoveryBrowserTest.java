package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 13 in Chromium: an admin who opens the admin page while the stored state cannot be read sees what is
 * wrong and the way back, takes it, and the page works again.
 */
class RecoveryBrowserTest {

    private static final String REST = "/rest/plainframe/1.0";

    @TempDir
    Path data;

    @Test
    void theAdminPageOffersTheVersionBeforeAndGoingBackMakesItWorkAgain() throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true); Browser browser = Browser.start()) {
            Http http = new Http(sandbox.baseUrl("confluence"));
            String key = SandboxHostTest.demoKeys(http).get("demo-key-10-editors");
            assertThat(http.put(REST + "/license", Json.write(Map.of("key", key)), "Authorization", basic("admin"))
                    .statusCode()).isEqualTo(200);
            // The version before, as stored: the editors group's members (synced at start) and the license.
            long editorsBefore = (Long) Http.json(http.get(REST + "/editors?limit=1", "Authorization",
                    basic("admin"))).get("total");
            assertThat(http.post(REST + "/editors", "application/json", "{\"usernames\":[\"user11\"]}",
                    "Authorization", basic("admin")).statusCode()).isEqualTo(200);
            long revision = revision(sandbox);
            sandbox.database().update("UPDATE plugin_settings SET v = 'pf:damaged' WHERE host = 'confluence' AND k "
                    + "LIKE ?", "io.plainframe.confluence.state#" + revision + ".%");

            browser.open(sandbox.baseUrl("confluence") + "/plugins/servlet/plainframe/admin");
            browser.type("#os_username", "admin");
            browser.type("#os_password", "admin");
            browser.clickAndWaitForPage("#login-submit");
            if (browser.url().contains("/authenticate")) {
                browser.type("#websudo-password", "admin");
                browser.clickAndWaitForPage("#websudo-submit");
            }
            browser.waitForText("#plainframe-recovery-problem", "cannot be read");
            browser.waitForText("#plainframe-recovery-previous", "Version " + (revision - 1) + ", the one before: "
                    + editors(editorsBefore));
            browser.screenshot("confluence-admin-recovery");
            browser.click("#plainframe-recovery-restore");
            browser.acceptConfirm();
            browser.waitForText("#plainframe-message", "back as they were in version " + (revision - 1));
            new WebDriverWait(browser.driver(), Browser.WAIT).until(driver -> driver.findElements(
                    By.id("plainframe-recovery-problem")).isEmpty());
            assertThat(http.post(REST + "/editors", "application/json", "{\"usernames\":[\"user11\"]}",
                    "Authorization", basic("admin")).statusCode()).isEqualTo(200);
        }
    }

    /** The stored state's revision, from its head. */
    private static long revision(Sandbox sandbox) throws Exception {
        String head = sandbox.database().text("SELECT v FROM plugin_settings WHERE host = ? AND k = ?", "confluence",
                "io.plainframe.confluence.state").orElseThrow();
        return (Long) ((Map<?, ?>) Json.parse(head.substring("pf:".length()))).get("revision");
    }

    /** How the recovery text counts editors (plainframe.recovery.previous). */
    private static String editors(long count) {
        return count == 0 ? "no editors" : count == 1 ? "1 editor" : count + " editors";
    }
}
