package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static io.plainframe.sandbox.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.sandbox.host.SandboxDateFormats;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editors-group setting in Chromium, in both products (issue 15, item 14): the admin picks the group from the
 * host's groups by keyboard, a group the host does not have is refused with its reason and changes nothing, and a
 * group that would drop editors names them and asks first. Over REST the same answers carry their codes.
 */
class AdminSettingsBrowserTest {

    private static final String ADMIN_PAGE = "/plugins/servlet/plainframe/admin";
    private static final String REST = "/rest/plainframe/1.0";

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
    void theEditorsGroupIsPickedFromTheHostsGroupsAndRemovalsAreConfirmed(String product) {
        Http http = new Http(sandbox.baseUrl(product));
        waitForTheGroupsEditors(http);
        try (Browser browser = Browser.start()) {
            Page page = new Page(browser, sandbox.baseUrl(product), product);
            page.logInAsAdmin();

            page.picksAGroupByKeyboard();
            page.aGroupTheHostDoesNotHaveIsRefused();
            assertThat(settings(http)).containsEntry("editorsGroup", "plainframe-editors");
            assertThat(editorNames(http)).containsExactly("user01", "user02", "user03");

            page.aGroupThatDropsEditorsNamesThemAndIsCancelled();
            assertThat(settings(http)).containsEntry("editorsGroup", "plainframe-editors");
            assertThat(editorNames(http)).containsExactly("user01", "user02", "user03");

            page.aGroupThatDropsEditorsIsConfirmed();
            assertThat(settings(http)).containsEntry("editorsGroup", "readers");
            assertThat(editorNames(http)).doesNotContain("user01", "user02", "user03").contains("user41");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void theSettingsAnswerUnknownGroupsAndRemovalsWithTheirCodes(String product) {
        Http http = new Http(sandbox.baseUrl(product));
        String admin = basic("admin");
        HttpResponse<String> groups = http.get(REST + "/groups?query=DES", "Authorization", admin);
        assertThat(groups.statusCode()).isEqualTo(200);
        assertThat(json(groups)).containsEntry("groups", List.of("designers"));

        Object before = settings(http).get("editorsGroup");
        HttpResponse<String> typo = http.put(REST + "/settings", "{\"mode\":\"selected\",\"editorsGroup\":"
                + "\"plainframe-editrs\",\"confirmRemovals\":true}", "Authorization", admin);
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(json(typo)).containsEntry("code", "UNKNOWN_GROUP").containsEntry("group", "plainframe-editrs")
                .containsEntry("message", "The user directory has no group plainframe-editrs. Choose an existing"
                        + " group; nothing was changed.");
        assertThat(settings(http)).containsEntry("editorsGroup", before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void tabsHaveAddressesAndTheEditorsTableFitsAt800Pixels(String product) {
        Http http = new Http(sandbox.baseUrl(product));
        waitForTheGroupsEditors(http);
        try (Browser browser = Browser.start()) {
            Page page = new Page(browser, sandbox.baseUrl(product), product);
            page.logInAsAdmin();

            page.opensTheTabItsAddressNames("audit");
            page.opensTheTabItsAddressNames("requests");
            page.switchingTabsWritesTheAddress();
            page.aSuccessMessageStaysOnItsTab();

            browser.driver().manage().window().setSize(new Dimension(800, 1000));
            page.opensTheTabItsAddressNames("editors");
            browser.visible("#plainframe-editors tr[data-username='user01']");
            for (String column : List.of("State", "Actions")) {
                page.columnIsWhollyVisible(column);
            }
            browser.screenshot(product + "-editors-800px");
            // The check's control: a table wider than the window (as before issue 15's style fix) fails it.
            browser.script("var planted = document.createElement('style');"
                    + "planted.textContent = '#plainframe-editors-table { min-width: 1000px; }';"
                    + "document.head.appendChild(planted);");
            assertThatThrownBy(() -> page.columnIsWhollyVisible("Actions")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Actions column at 800 px");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void withoutALicenseNoSeatIsOfferedAndApproveSaysWhyItCannot(String product) {
        Http http = new Http(sandbox.baseUrl(product));
        String content = "confluence".equals(product) ? "/display/DEMO/Demo+Page" : "/browse/DEMO-1";
        assertThat(http.post(REST + "/seat-requests", "application/json", "{\"note\":\"before a license\"}",
                "Authorization", basic("user05")).statusCode()).isEqualTo(200);
        try (Browser browser = Browser.start()) {
            browser.open(sandbox.baseUrl(product) + content);
            browser.type("#os_username", "user06");
            browser.type("#os_password", "user06");
            browser.clickAndWaitForPage("#login-submit");
            browser.waitForText(".plainframe-status-message", "license");
            assertThat(browser.driver().findElements(By.cssSelector(".plainframe-request-seat")))
                    .as("no seat to ask for without a license").isEmpty();
            browser.screenshot(product + "-no-license-no-request");
            browser.clickAndWaitForPage("#nav-logout");

            Page page = new Page(browser, sandbox.baseUrl(product), product);
            page.logInAsAdmin();
            browser.click("#plainframe-tab-requests");
            browser.waitForText("#plainframe-requests", "before a license");
            browser.waitForText("#plainframe-requests-blocked", "No license is installed, so a request cannot be"
                    + " approved.");
            var approve = browser.find(".plainframe-approve");
            assertThat(approve.isEnabled()).isFalse();
            assertThat(approve.getAttribute("aria-describedby")).isEqualTo("plainframe-requests-blocked");
            assertThat(browser.find(".plainframe-dismiss").isEnabled()).as("dismissing needs no seat").isTrue();
            browser.screenshot(product + "-approve-blocked");
        }
    }

    /**
     * Issue 15 item 16: the audit's times are in the host's configured format (the sandbox's are neither the
     * products' defaults nor a browser's), not the browser's own rendering, which the same check refuses.
     */
    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void auditTimesAreInTheHostsDateFormat(String product) {
        Http http = new Http(sandbox.baseUrl(product));
        waitForTheGroupsEditors(http);
        try (Browser browser = Browser.start()) {
            Page page = new Page(browser, sandbox.baseUrl(product), product);
            page.logInAsAdmin();
            browser.click("#plainframe-tab-audit");
            browser.visible("#plainframe-audit tr td");
            String shown = browser.find("#plainframe-audit tr td").getText();
            List<?> events = (List<?>) json(http.get(REST + "/audit?limit=100", "Authorization", basic("admin")))
                    .get("events");
            List<String> hostTexts = events.stream().map(event -> hostFormat(product,
                    String.valueOf(((Map<?, ?>) event).get("at")))).toList();
            assertThat(events).allSatisfy(event -> assertThat(((Map<?, ?>) event).get("atText"))
                    .isEqualTo(hostFormat(product, String.valueOf(((Map<?, ?>) event).get("at")))));
            assertThat(hostTexts).as("the audit's first time, in the host's format").contains(shown);
            browser.screenshot(product + "-audit-host-dates");

            // Negative control: the page's old rendering of the same moments fails the check above.
            for (Object event : events) {
                Object old = browser.script("var d = new Date(arguments[0]);"
                        + " return d.toLocaleString(document.documentElement.lang || undefined);",
                        ((Map<?, ?>) event).get("at"));
                assertThat(hostTexts).as("the browser's own rendering").doesNotContain(String.valueOf(old));
            }
        }
    }

    // Helpers ------------------------------------------------------------------------------------------------------

    /** The group's members are editors after the plugin's first directory sync. */
    private static void waitForTheGroupsEditors(Http http) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!editorNames(http).containsAll(List.of("user01", "user02", "user03")) && System.nanoTime() < until) {
            sleep(500);
        }
        assertThat(editorNames(http)).contains("user01", "user02", "user03");
    }

    /** A moment as the sandbox host is configured to show it (see SandboxDateFormats). */
    private static String hostFormat(String product, String iso) {
        SimpleDateFormat format = new SimpleDateFormat("confluence".equals(product)
                ? SandboxDateFormats.CONFLUENCE_DATE_TIME : SandboxDateFormats.JIRA_COMPLETE, Locale.ENGLISH);
        format.setTimeZone(TimeZone.getTimeZone(SandboxDateFormats.ZONE));
        return format.format(Date.from(Instant.parse(iso)));
    }

    private static Map<String, Object> settings(Http http) {
        return json(http.get(REST + "/settings", "Authorization", basic("admin")));
    }

    private static List<String> editorNames(Http http) {
        List<?> editors = (List<?>) json(http.get(REST + "/editors?limit=100", "Authorization", basic("admin")))
                .get("editors");
        return editors.stream().map(editor -> String.valueOf(((Map<?, ?>) editor).get("username"))).toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The admin page's steps on one product. */
    private static final class Page {

        private final Browser browser;
        private final String base;
        private final String product;

        Page(Browser browser, String base, String product) {
            this.browser = browser;
            this.base = base;
            this.product = product;
        }

        void logInAsAdmin() {
            browser.open(base + ADMIN_PAGE);
            browser.type("#os_username", "admin");
            browser.type("#os_password", "admin");
            browser.clickAndWaitForPage("#login-submit");
            browser.type("#websudo-password", "admin");
            browser.clickAndWaitForPage("#websudo-submit");
            browser.visible("#plainframe-admin[data-ready='true']");
            browser.click("#plainframe-tab-editors");
            browser.visible("#plainframe-editors-pane");
        }

        /** Opening the page at #name shows that tab and hides the others. */
        void opensTheTabItsAddressNames(String name) {
            browser.open(base + "/");
            browser.open(base + ADMIN_PAGE + "#" + name);
            browser.visible("#plainframe-admin[data-ready='true']");
            browser.visible("#plainframe-" + name + "-pane");
            assertThat(browser.driver().findElements(By.cssSelector(".tabs-pane")).stream()
                    .filter(pane -> pane.isDisplayed()).map(pane -> pane.getAttribute("id")).toList())
                    .containsExactly("plainframe-" + name + "-pane");
        }

        void switchingTabsWritesTheAddress() {
            for (String name : List.of("editors", "about", "license")) {
                browser.click("#plainframe-tab-" + name);
                browser.visible("#plainframe-" + name + "-pane");
                assertThat(browser.url()).endsWith(ADMIN_PAGE + "#" + name);
            }
        }

        /** "Settings saved." is said on the Editors tab and gone once the admin moves to another tab. */
        void aSuccessMessageStaysOnItsTab() {
            browser.click("#plainframe-tab-editors");
            browser.click("#plainframe-save-settings");
            browser.waitForText("#plainframe-message", "Settings saved.");
            browser.click("#plainframe-tab-audit");
            browser.visible("#plainframe-audit-pane");
            assertThat(browser.driver().findElements(By.id("plainframe-message"))).isEmpty();
        }

        /** The column's header lies inside the window and inside the page's content, and nothing covers it. */
        void columnIsWhollyVisible(String column) {
            Object problem = browser.script("var th = Array.from(document.querySelectorAll("
                    + "'#plainframe-editors-table th')).find(h => h.textContent.trim() === arguments[0]);"
                    + "var r = th.getBoundingClientRect(); var width = document.documentElement.clientWidth;"
                    + "if (r.right > width) { return 'ends at ' + r.right + ' of ' + width; }"
                    + "for (var p = th.parentElement; p; p = p.parentElement) {"
                    + "  var box = p.getBoundingClientRect(); var style = getComputedStyle(p);"
                    + "  if (style.overflowX !== 'visible' && r.right > box.right + 0.5) {"
                    + "    return 'clipped by ' + (p.id || p.className) + ' at ' + box.right + ' < ' + r.right; } }"
                    + "var words = document.createRange(); words.selectNodeContents(th);"
                    + "if (words.getClientRects().length !== 1) { return 'header wrapped into '"
                    + "  + words.getClientRects().length + ' lines at ' + r.width + ' px'; }"
                    + "var index = Array.from(th.parentElement.children).indexOf(th) + 1;"
                    + "var cells = document.querySelectorAll('#plainframe-editors tr td:nth-child(' + index + ')');"
                    + "for (var cell of cells) { for (var part of cell.querySelectorAll('.aui-lozenge, button')) {"
                    + "  if (part.getClientRects().length !== 1 || part.scrollWidth > part.clientWidth + 1) {"
                    + "    return part.textContent + ' does not fit in ' + cell.clientWidth + ' px'; } } }"
                    + "th.scrollIntoView({block: 'center'}); r = th.getBoundingClientRect();"
                    + "var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                    + "return th.contains(hit) ? null : 'covered by ' + (hit && (hit.id || hit.className));",
                    column);
            assertThat(problem).as("%s column at 800 px", column).isNull();
        }

        void picksAGroupByKeyboard() {
            browser.type("#plainframe-group", "DES");
            browser.visible(".plainframe-group-option[data-group='designers']");
            assertThat(browser.find("#plainframe-group").getAttribute("aria-expanded")).isEqualTo("true");
            browser.find("#plainframe-group").sendKeys(Keys.ARROW_DOWN);
            assertThat(browser.find("#plainframe-group").getAttribute("aria-activedescendant"))
                    .isEqualTo(browser.find(".plainframe-group-option[data-group='designers']").getAttribute("id"));
            browser.screenshot(product + "-group-picker");
            browser.find("#plainframe-group").sendKeys(Keys.ENTER);
            assertThat(browser.find("#plainframe-group").getAttribute("value")).isEqualTo("designers");
            assertThat(browser.find("#plainframe-group-options").isDisplayed()).isFalse();
            // Escape closes the options without picking.
            browser.type("#plainframe-group", "rea");
            browser.visible(".plainframe-group-option[data-group='readers']");
            browser.find("#plainframe-group").sendKeys(Keys.ESCAPE);
            new WebDriverWait(browser.driver(), Browser.WAIT).until(ExpectedConditions.invisibilityOfElementLocated(
                    By.id("plainframe-group-options")));
            assertThat(browser.find("#plainframe-group").getAttribute("value")).isEqualTo("rea");
        }

        void aGroupTheHostDoesNotHaveIsRefused() {
            browser.type("#plainframe-group", "plainframe-editrs");
            browser.find("#plainframe-group").sendKeys(Keys.ESCAPE);
            browser.click("#plainframe-save-settings");
            browser.waitForText("#plainframe-message", "The user directory has no group plainframe-editrs.");
            assertThat(browser.find("#plainframe-group").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.script("return document.activeElement.id")).isEqualTo("plainframe-group");
            browser.screenshot(product + "-group-unknown");
        }

        void aGroupThatDropsEditorsNamesThemAndIsCancelled() {
            browser.type("#plainframe-group", "readers");
            browser.find("#plainframe-group").sendKeys(Keys.ESCAPE);
            browser.click("#plainframe-save-settings");
            var alert = new WebDriverWait(browser.driver(), Browser.WAIT).until(ExpectedConditions.alertIsPresent());
            assertThat(alert.getText()).contains("The group readers leaves out 3 editors", "user01, user02, user03");
            alert.dismiss();
            new WebDriverWait(browser.driver(), Browser.WAIT).until(driver -> browser.find("#plainframe-save-settings")
                    .isEnabled());
        }

        void aGroupThatDropsEditorsIsConfirmed() {
            browser.click("#plainframe-save-settings");
            browser.acceptConfirm();
            browser.waitForText("#plainframe-message", "Settings saved.");
        }
    }
}
