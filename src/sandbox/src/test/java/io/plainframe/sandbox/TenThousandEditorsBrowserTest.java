package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import io.plainframe.licensing.key.Product;
import io.plainframe.sandbox.web.DemoKeysPage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * SPEC 5: the admin page stays usable with 10,000 editors. Jira gets 10,000 more users, all made editors under
 * an unlimited evaluation key; the page shows the first 50, pages on, and finds one by search. (How fast is
 * measured in the benchmarks, not here.)
 */
class TenThousandEditorsBrowserTest {

    private static final int MANY = 10_000;
    private static final String REST = "/rest/plainframe/1.0";

    @TempDir
    static Path data;
    static Sandbox sandbox;

    @BeforeAll
    static void startWithManyUsers() throws Exception {
        sandbox = new Sandbox(0, data, true);
        EditorsScaleTest.insertUsers(sandbox, MANY);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void tenThousandEditorsArePagedAndSearchedInTheBrowser() {
        Http http = new Http(sandbox.baseUrl("jira"));
        String evaluation = DemoKeysPage.demos(Product.JIRA, LocalDate.now(), Clock.systemUTC()).stream()
                .filter(demo -> demo.id().equals("demo-key-evaluation")).findFirst().orElseThrow().key();
        assertThat(http.put(REST + "/license", Json.write(Map.of("key", evaluation)), "Authorization",
                basic("admin")).statusCode()).isEqualTo(200);
        List<String> usernames = new ArrayList<>();
        for (int i = 1; i <= MANY; i++) {
            usernames.add(String.format("bulk%05d", i));
        }
        HttpResponse<String> added = http.post(REST + "/editors", "application/json",
                Json.write(Map.of("usernames", usernames)), "Authorization", basic("admin"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);

        try (Browser browser = Browser.start()) {
            browser.open(sandbox.baseUrl("jira") + "/plugins/servlet/plainframe/admin");
            browser.type("#os_username", "admin");
            browser.type("#os_password", "admin");
            browser.clickAndWaitForPage("#login-submit");
            browser.type("#websudo-password", "admin");
            browser.clickAndWaitForPage("#websudo-submit");
            browser.visible("#plainframe-admin[data-ready='true']");
            browser.click("#plainframe-tab-editors");
            browser.waitForText("#plainframe-seat-text", "unlimited seats");
            String total = browser.find("#plainframe-page-info").getText();
            assertThat(total).matches("1-50 of 100\\d\\d");
            assertThat(browser.driver().findElements(By.cssSelector("#plainframe-editors tr"))).hasSize(50);
            browser.click("#plainframe-next");
            browser.waitForText("#plainframe-page-info", "51-100 of");
            browser.type("#plainframe-editor-query", "bulk09999");
            browser.waitForText("#plainframe-page-info", "1-1 of 1");
            assertThat(browser.find("#plainframe-editors").getText()).contains("Bulk User 09999");
            browser.screenshot("jira-editors-10000");
        }
    }
}
