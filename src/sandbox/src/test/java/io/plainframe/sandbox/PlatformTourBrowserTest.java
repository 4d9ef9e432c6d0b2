package io.plainframe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The same tour in Chromium on every platform line, in both products, each line a fresh sandbox started through
 * the launcher: the admin applies a demo license and adds an editor; a viewer asks for a seat and the admin
 * approves it; the new editor moves a control of the demo wireframe, saves, reloads and sees it moved.
 * Screenshots go to target/screenshots/platform{N}-{product}-tour-*.png.
 */
class PlatformTourBrowserTest {

    private static final String ADMIN_PAGE = "/plugins/servlet/plainframe/admin";
    private static final Map<Integer, SandboxProcessTest.Running> SANDBOXES = new ConcurrentHashMap<>();

    @AfterAll
    static void stopSandboxes() throws InterruptedException {
        for (SandboxProcessTest.Running running : SANDBOXES.values()) {
            running.close();
        }
    }

    @ParameterizedTest(name = "Platform {0}: {1}")
    @MethodSource("io.plainframe.sandbox.Lines#withProducts")
    void anAdminLicensesAndStaffsAndTheNewEditorSavesAWireframe(int line, String product) throws Exception {
        SandboxProcessTest.Running sandbox = SANDBOXES.computeIfAbsent(line, PlatformTourBrowserTest::start);
        String base = "http://localhost:" + sandbox.port() + "/" + product;
        String content = base + ("confluence".equals(product) ? "/display/DEMO/Demo+Page" : "/browse/DEMO-1");
        String shot = "platform" + line + "-" + product + "-tour-";
        try (Browser browser = Browser.start()) {
            browser.open(base + "/demo-keys");
            String key = browser.visible("#demo-key-10-editors").getAttribute("value");
            openAdmin(browser, base);
            browser.type("#plainframe-key", key);
            browser.click("#plainframe-preview");
            browser.waitForText("#plainframe-preview-covers", "Yes");
            browser.click("#plainframe-apply");
            browser.waitForText("#plainframe-message", "License applied");
            browser.click("#plainframe-tab-editors");
            browser.visible("#plainframe-editors-pane");
            browser.type("#plainframe-bulk", "user07");
            browser.click("#plainframe-bulk-add");
            browser.waitForText("#plainframe-message", "1 editor added.");
            browser.screenshot(shot + "editors");
            browser.clickAndWaitForPage("#nav-logout");

            browser.open(content);
            logIn(browser, "user20");
            browser.waitForText(".plainframe-status-message", "has not given you an editor seat");
            browser.click(".plainframe-request-seat");
            browser.type(".plainframe-request-note", "Platform " + line);
            browser.click(".plainframe-request-send");
            browser.waitForText(".plainframe-request-result", "sent to your administrator");
            browser.clickAndWaitForPage("#nav-logout");

            openAdmin(browser, base);
            browser.click("#plainframe-tab-requests");
            browser.waitForText("#plainframe-requests", "Platform " + line);
            browser.click(".plainframe-approve");
            browser.waitForText("#plainframe-message", "is now an editor");
            browser.screenshot(shot + "request-approved");
            browser.clickAndWaitForPage("#nav-logout");

            browser.open(content);
            logIn(browser, "user20");
            browser.visible(".plainframe-wireframe[data-plainframe-status='shown']");
            assertThat(serverX(browser)).isEqualTo(40);
            browser.click("[data-wireframe-id='demo'] .plainframe-edit");
            browser.visible(".plainframe-editor .plainframe-canvas");
            WebElement button = browser.visible(".plainframe-editor [data-control-id='submit']");
            new Actions(browser.driver()).clickAndHold(button).moveByOffset(83, 0).release().perform();
            browser.click(".plainframe-editor .plainframe-save");
            browser.waitForText(".plainframe-editor-message[data-code='SAVED']", "Saved (version");
            browser.open(content);
            assertThat(serverX(browser)).as("moved right, and still there after reload").isGreaterThan(40);
            assertThat(browser.find("[data-wireframe-id='demo']").getAttribute("data-version")).isEqualTo("2");
            browser.screenshot(shot + "wireframe-saved");
        }
    }

    private static SandboxProcessTest.Running start(int line) {
        try {
            return Lines.start(Files.createTempDirectory("plainframe-tour" + line + "-"), line, "--reset");
        } catch (Exception e) {
            throw new IllegalStateException("the Platform " + line + " sandbox did not start", e);
        }
    }

    /** Opens the admin page as admin: the login form, then WebSudo. */
    private static void openAdmin(Browser browser, String base) {
        browser.open(base + ADMIN_PAGE);
        if (browser.url().contains("/login")) {
            logIn(browser, "admin");
        }
        if (browser.url().contains("/authenticate")) {
            browser.type("#websudo-password", "admin");
            browser.clickAndWaitForPage("#websudo-submit");
        }
        browser.visible("#plainframe-admin[data-ready='true']");
    }

    private static void logIn(Browser browser, String username) {
        browser.type("#os_username", username);
        browser.type("#os_password", username);
        browser.clickAndWaitForPage("#login-submit");
    }

    private static int serverX(Browser browser) {
        return Integer.parseInt(browser.visible("[data-wireframe-id='demo'] .plainframe-figure svg[data-id='submit']")
                .getAttribute("x"));
    }
}
