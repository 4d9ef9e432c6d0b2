package io.plainframe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in Chromium, in both products (SPEC 5 and 10): a user is refused and anonymous is sent to log in;
 * the admin pastes, previews and applies a key, adds editors by search, bulk paste and CSV, exports them,
 * applies a smaller key and sees who waits; a viewer asks for a seat and the admin approves it; readers, editors
 * and the admin see what they may do on the demo content; the audit shows every step. Screenshots of every
 * section go to target/screenshots.
 */
class AdminScreensBrowserTest {

    private static final String ADMIN_PAGE = "/plugins/servlet/plainframe/admin";

    @TempDir
    static Path data;
    static Sandbox sandbox;

    @BeforeAll
    static void startSandbox() throws Exception {
        Browser.requireChromium();
        sandbox = new Sandbox(0, data, true);
    }

    @AfterAll
    static void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void anAdminLicensesAndStaffsPlainframeWhileUsersSeeWhatTheyMayDo(String product) throws Exception {
        try (Browser browser = Browser.start()) {
            Site site = new Site(browser, sandbox.baseUrl(product), product);

            site.anonymousIsSentToLogInAndAUserIsRefused();
            site.adminOpensThePage();
            site.tamperedKeyIsRefusedInThePreview();
            site.appliesTheKey("#demo-key-upgrade-25", "25");
            site.refusedKeysKeepTheCurrentLicense();
            site.waitsForTheEditorsGroup("3 of 25 seats in use");
            // Part of the full name "User 04": the picker searches, it does not look up an exact username.
            site.addsByUserSearch("er 04", "user04");
            site.addsByBulkPaste("user05, user06\nuser07", "3 editors added.");
            site.importsCsv("username\nuser08\nuser09\n", "2 editors added.");
            site.exportsCsvWith("user09");
            site.filtersTheTable();
            site.addsByBulkPaste("user10 user11 user12", "3 editors added.");
            site.smallerKeyIsConfirmedAndLeavesTwoWaiting();
            site.viewerAsksForASeat("user20");
            site.readerAndEditorSeeWhatTheyMayDo();
            site.adminSeesTheBannerOnTheContent();
            site.removesThreeAndApprovesTheRequest("user20");
            site.changesTheEditorsGroup();
            site.auditShowsEveryStep();
            site.aboutShowsTheMaintenanceGuard();
            site.everyControlHasALabel();
        }
    }

    /** The steps, on one product's base URL. */
    private static final class Site {

        private final Browser browser;
        private final String base;
        private final String product;
        private final String content;

        Site(Browser browser, String base, String product) {
            this.browser = browser;
            this.base = base;
            this.product = product;
            this.content = "confluence".equals(product) ? "/display/DEMO/Demo+Page" : "/browse/DEMO-1";
        }

        void anonymousIsSentToLogInAndAUserIsRefused() {
            browser.open(base + ADMIN_PAGE);
            assertThat(browser.url()).contains("/login?os_destination=");
            browser.screenshot(product + "-login");
            logIn("user20");
            assertThat(browser.url()).endsWith(ADMIN_PAGE);
            assertThat(browser.find("body").getText()).contains("Only administrators can open Plainframe");
            assertThat(browser.driver().findElements(By.id("plainframe-admin"))).isEmpty();
            browser.screenshot(product + "-403-for-users");
            logOut();
        }

        void adminOpensThePage() {
            browser.open(base + ADMIN_PAGE);
            logIn("admin");
            assertThat(browser.url()).contains("/authenticate");
            browser.screenshot(product + "-websudo");
            browser.type("#websudo-password", "admin");
            browser.clickAndWaitForPage("#websudo-submit");
            ready();
            assertThat(browser.find("#plainframe-license-message").getText()).contains("No license is installed");
            browser.screenshot(product + "-license-none");
        }

        void tamperedKeyIsRefusedInThePreview() {
            String tampered = demoKey("#demo-key-tampered");
            openAdmin();
            paste(tampered);
            // By keyboard: from the key, Tab reaches Preview and Enter presses it.
            browser.find("#plainframe-key").sendKeys(Keys.TAB);
            assertThat(browser.script("return document.activeElement.id")).isEqualTo("plainframe-preview");
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.waitForText("#plainframe-preview-message", "signature does not match");
            assertThat(browser.find("#plainframe-apply").isEnabled()).isFalse();
            // Nothing a forged key says is shown, and the outcome is worded as if applied.
            browser.visible("#plainframe-preview-unverified");
            assertThat(browser.driver().findElements(By.id("plainframe-preview-details"))).isEmpty();
            assertThat(browser.find("#plainframe-preview-result").getText()).doesNotContain("1000");
            assertThat(browser.find("#plainframe-preview-effect").getText()).isEqualTo("If applied: this key would "
                    + "not be accepted, and there would still be no valid license.");
        }

        void refusedKeysKeepTheCurrentLicense() {
            String tampered = demoKey("#demo-key-tampered");
            String other = demoKey("#demo-key-other-product");
            openAdmin();
            paste(tampered);
            browser.click("#plainframe-preview");
            browser.waitForText("#plainframe-preview-effect", "your current license stays in force");
            assertThat(browser.driver().findElements(By.id("plainframe-preview-details"))).isEmpty();
            assertThat(browser.find("#plainframe-preview-result").getText()).doesNotContain("1000")
                    .doesNotContain("No license is valid");
            browser.screenshot(product + "-license-tampered-preview");
            paste(other);
            browser.click("#plainframe-preview");
            browser.waitForText("#plainframe-preview-for-product", "confluence".equals(product)
                    ? "for Jira (not this product)" : "for Confluence (not this product)");
            assertThat(browser.find("#plainframe-preview-details").getText()).contains("10");
            assertThat(browser.find("#plainframe-preview-effect").getText())
                    .contains("your current license stays in force");
            assertThat(browser.find("#plainframe-apply").isEnabled()).isFalse();
            browser.screenshot(product + "-license-other-product-preview");
        }

        void appliesTheKey(String demo, String editors) {
            String key = demoKey(demo);
            openAdmin();
            paste(key);
            browser.click("#plainframe-preview");
            browser.waitForText("#plainframe-preview-covers", "Yes");
            assertThat(browser.find("#plainframe-preview-details").getText()).contains(editors);
            browser.screenshot(product + "-license-preview");
            browser.click("#plainframe-apply");
            browser.waitForText("#plainframe-message", "License applied");
            browser.waitForText("#plainframe-licensed-editors", editors);
            assertThat(browser.find("#plainframe-license-message").getText()).contains("governs");
            browser.screenshot(product + "-license");
        }

        void waitsForTheEditorsGroup(String seats) {
            // The group's members become editors at the plugin's first directory sync, 10 seconds after start.
            long until = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (true) {
                openAdmin();
                tab("editors");
                waitUntilLoaded();
                if (browser.find("#plainframe-seat-text").getText().equals(seats) || System.nanoTime() > until) {
                    break;
                }
                sleep(1000);
            }
            assertThat(browser.find("#plainframe-seat-text").getText()).isEqualTo(seats);
            assertThat(rows()).containsExactlyInAnyOrder("user01", "user02", "user03");
        }

        void addsByUserSearch(String query, String username) {
            browser.type("#plainframe-user-query", query);
            browser.click("#plainframe-user-search");
            browser.click(".plainframe-add-user[data-username='" + username + "']");
            browser.waitForText("#plainframe-message", "1 editor added.");
            waitForRow(username);
        }

        void addsByBulkPaste(String usernames, String added) {
            browser.type("#plainframe-bulk", usernames);
            browser.click("#plainframe-bulk-add");
            browser.waitForText("#plainframe-message", added);
            assertThat(browser.find("#plainframe-bulk").getAttribute("value")).isEmpty();
        }

        void importsCsv(String csv, String added) throws Exception {
            Path file = Files.createTempFile("editors", ".csv");
            Files.writeString(file, csv);
            browser.find("#plainframe-csv").sendKeys(file.toAbsolutePath().toString());
            browser.click("#plainframe-import");
            browser.waitForText("#plainframe-message", added);
            waitForRow("user09");
            browser.waitForText("#plainframe-seat-text", "9 of 25 seats in use");
        }

        void exportsCsvWith(String username) {
            WebElement export = browser.find("#plainframe-export");
            assertThat(export.getAttribute("download")).isEqualTo("plainframe-editors.csv");
            String csv = (String) browser.asyncScript("var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done);",
                    export.getAttribute("href"));
            assertThat(csv.lines().findFirst().orElseThrow()).startsWith("username,");
            assertThat(csv).contains(username).contains("user01");
            assertThat(csv.lines()).hasSize(10);
        }

        void filtersTheTable() {
            browser.type("#plainframe-editor-query", "user05");
            waitForRows(1);
            browser.type("#plainframe-editor-query", "");
            waitForRows(9);
            browser.screenshot(product + "-editors");
            select("#plainframe-editor-state", "WAITING");
            browser.visible("#plainframe-editors-empty");
            select("#plainframe-editor-state", "");
            waitForRows(9);
        }

        void smallerKeyIsConfirmedAndLeavesTwoWaiting() {
            String key = demoKey("#demo-key-10-editors");
            openAdmin();
            paste(key);
            browser.click("#plainframe-preview");
            browser.waitForText("#plainframe-preview-losses", "Editor seats would go down from 25 to 10.");
            assertThat(browser.find("#plainframe-preview-losses").getText())
                    .contains("2 editors would lose their seat and wait: user11, user12.")
                    .contains("which your current license");
            assertThat(browser.find("#plainframe-preview-waiting-list").getText())
                    .contains("(user11), who holds a seat now").contains("(user12), who holds a seat now");
            assertThat(browser.find("#plainframe-preview-effect").getText()).startsWith("If applied:");
            browser.screenshot(product + "-license-downgrade-preview");
            // Apply asks first, with the safe choice focused; Escape keeps the current license.
            browser.click("#plainframe-apply");
            browser.visible("#plainframe-confirm-dialog");
            browser.waitForText("#plainframe-confirm-losses", "Editor seats would go down from 25 to 10.");
            focusIsOn("plainframe-confirm-cancel");
            browser.screenshot(product + "-license-downgrade-confirm");
            browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            new WebDriverWait(browser.driver(), Browser.WAIT).until(driver -> !driver.findElement(
                    By.id("plainframe-confirm-dialog")).isDisplayed());
            focusIsOn("plainframe-apply");
            assertThat(browser.find("#plainframe-licensed-editors").getText()).isEqualTo("25");
            // By keyboard: Shift+Tab from the safe choice reaches "Apply anyway", and Enter applies.
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.visible("#plainframe-confirm-dialog");
            focusIsOn("plainframe-confirm-cancel");
            browser.driver().switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
            assertThat(browser.script("return document.activeElement.id")).isEqualTo("plainframe-confirm-apply");
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.waitForText("#plainframe-message", "License applied");
            tab("editors");
            browser.waitForText("#plainframe-seat-text", "10 of 10 seats in use");
            browser.waitForText("#plainframe-waiting-text", "2 waiting for a seat");
            select("#plainframe-editor-state", "WAITING");
            waitForRows(2);
            assertThat(rows()).containsExactlyInAnyOrder("user11", "user12");
            browser.screenshot(product + "-editors-waiting");
            select("#plainframe-editor-state", "");
        }

        void viewerAsksForASeat(String viewer) {
            logOut();
            browser.open(base + content);
            logIn(viewer);
            browser.waitForText(".plainframe-status-message", "has not given you an editor seat");
            assertThat(browser.driver().findElements(By.cssSelector(".plainframe-edit"))).isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector(".plainframe-admin-banner"))).isEmpty();
            browser.click(".plainframe-request-seat");
            browser.type(".plainframe-request-note", "I design the <b>sign-up</b> form");
            browser.screenshot(product + "-viewer-requests-a-seat");
            browser.click(".plainframe-request-send");
            browser.waitForText(".plainframe-request-result", "sent to your administrator");
            browser.open(base + content);
            browser.waitForText(".plainframe-request-pending", "You asked for an editor seat");
            browser.screenshot(product + "-viewer");
        }

        void readerAndEditorSeeWhatTheyMayDo() {
            logOut();
            browser.open(base + content);
            logIn("user41");
            browser.waitForText(".plainframe-status-message", "do not have permission to edit");
            assertThat(browser.driver().findElements(By.cssSelector(".plainframe-request-seat"))).isEmpty();
            browser.screenshot(product + "-reader");
            logOut();
            browser.open(base + content);
            logIn("user01");
            browser.waitForText(".plainframe-status-message", "You can edit this wireframe.");
            assertThat(browser.visible("[data-wireframe-id='demo'] .plainframe-edit").getText())
                    .isEqualTo("Edit wireframe");
            browser.screenshot(product + "-editor");
            logOut();
        }

        void adminSeesTheBannerOnTheContent() {
            browser.open(base + content);
            logIn("admin");
            browser.waitForText(".plainframe-admin-banner", "2 editors are waiting for a seat");
            browser.screenshot(product + "-admin-banner");
        }

        void removesThreeAndApprovesTheRequest(String viewer) {
            openAdmin();
            tab("requests");
            browser.waitForText("#plainframe-requests", "I design the <b>sign-up</b> form");
            assertThat(browser.script("var cell = document.querySelector('#plainframe-requests tr[data-request] "
                    + "td:nth-child(2)'); var bdi = cell.querySelector('bdi');"
                    + " return cell.getAttribute('dir') + ' ' + (bdi ? bdi.textContent : '');"))
                    .as("the note is isolated, so overrides in it cannot reorder the row")
                    .isEqualTo("auto I design the <b>sign-up</b> form");
            assertThat(browser.find("#plainframe-requests-badge").getText()).isEqualTo("1");
            browser.screenshot(product + "-requests");

            tab("editors");
            waitForRow("user12");
            for (String username : List.of("user10", "user11", "user12")) {
                browser.click(".plainframe-select[data-username='" + username + "']");
            }
            browser.click("#plainframe-remove-selected");
            browser.acceptConfirm();
            browser.waitForText("#plainframe-message", "Editors removed: 3.");
            browser.waitForText("#plainframe-seat-text", "9 of 10 seats in use");

            tab("requests");
            browser.click(".plainframe-approve");
            browser.waitForText("#plainframe-message", "is now an editor");
            browser.visible("#plainframe-requests-empty");
            tab("editors");
            browser.waitForText("#plainframe-seat-text", "10 of 10 seats in use");
            waitForRow(viewer);
        }

        void changesTheEditorsGroup() {
            browser.type("#plainframe-group", "designers");
            browser.click("#plainframe-save-settings");
            browser.waitForText("#plainframe-message", "Settings saved.");
            assertThat(browser.find("#plainframe-mode-everyone").isEnabled()).as("10 seats: no everyone mode")
                    .isFalse();
        }

        void auditShowsEveryStep() {
            openAdmin();
            tab("audit");
            browser.waitForText("#plainframe-audit", "applied license");
            String audit = browser.find("#plainframe-audit").getText();
            assertThat(audit).contains("admin applied license", "(25 editors", "(10 editors",
                    "admin added user04 as an editor", "admin added user07 as an editor",
                    "admin added user09 as an editor", "user12 is waiting for a seat",
                    "user20 asked for an editor seat", "admin removed user11 as an editor",
                    "admin approved the seat request of user20", "admin added user20 as an editor",
                    "admin changed the settings");
            browser.screenshot(product + "-audit");
        }

        void aboutShowsTheMaintenanceGuard() {
            tab("about");
            browser.waitForText("#plainframe-update-guard-text", "versions built on or before");
            // The host's date format (SandboxDateFormats), not the ISO day the answer also carries.
            assertThat(browser.find("#plainframe-covered").getText()).matches("confluence".equals(product)
                    ? "\\d{2}/\\d{2}/\\d{4}" : "\\d{4}\\.\\d{2}\\.\\d{2}");
            assertThat(browser.find("#plainframe-server-id").getText()).isEqualTo("SANDBOX-" + product.toUpperCase());
            browser.screenshot(product + "-about");
            tab("license");
            browser.screenshot(product + "-license-final");
        }

        void everyControlHasALabel() {
            Object unlabelled = browser.script("return Array.from(document.querySelectorAll("
                    + "'#plainframe-admin input, #plainframe-admin select, #plainframe-admin textarea, "
                    + "#plainframe-admin button')).filter(c => c.type !== 'hidden' && !(c.labels && c.labels.length)"
                    + " && !c.getAttribute('aria-label') && !c.getAttribute('aria-labelledby')"
                    + " && !(c.tagName === 'BUTTON' && c.textContent.trim())).map(c => c.id || c.outerHTML)");
            assertThat((List<?>) unlabelled).isEmpty();
        }

        // Helpers --------------------------------------------------------------------------------------------

        private void logIn(String username) {
            browser.type("#os_username", username);
            browser.type("#os_password", username);
            browser.clickAndWaitForPage("#login-submit");
        }

        private void logOut() {
            browser.clickAndWaitForPage("#nav-logout");
        }

        private void openAdmin() {
            browser.open(base + ADMIN_PAGE);
            if (browser.url().contains("/authenticate")) {
                browser.type("#websudo-password", "admin");
                browser.clickAndWaitForPage("#websudo-submit");
            }
            ready();
        }

        private void ready() {
            browser.visible("#plainframe-admin[data-ready='true']");
        }

        private String demoKey(String id) {
            browser.open(base + "/demo-keys");
            return browser.visible(id).getAttribute("value");
        }

        private void paste(String key) {
            browser.type("#plainframe-key", key);
        }

        private void tab(String name) {
            browser.click("#plainframe-tab-" + name);
            browser.visible("#plainframe-" + name + "-pane");
        }

        private void select(String css, String value) {
            new org.openqa.selenium.support.ui.Select(browser.find(css)).selectByValue(value);
        }

        private void waitUntilLoaded() {
            browser.waitForText("#plainframe-seat-text", "seat");
        }

        private List<String> rows() {
            List<?> names = (List<?>) browser.script("return Array.from(document.querySelectorAll("
                    + "'#plainframe-editors tr')).map(row => row.getAttribute('data-username'))");
            return names.stream().map(String::valueOf).toList();
        }

        private void waitForRow(String username) {
            browser.visible("#plainframe-editors tr[data-username='" + username + "']");
        }

        private void focusIsOn(String id) {
            new WebDriverWait(browser.driver(), Browser.WAIT).until(driver -> id.equals(
                    browser.script("return document.activeElement.id")));
        }

        private void waitForRows(int count) {
            new WebDriverWait(browser.driver(), Browser.WAIT).until(driver -> rows().size() == count);
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
