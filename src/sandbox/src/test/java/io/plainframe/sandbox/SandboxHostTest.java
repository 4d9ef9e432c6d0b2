package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static io.plainframe.sandbox.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sandbox as a host, over HTTP (SPEC 10): who gets in where, WebSudo, the XSRF rule of Atlassian REST, the
 * UPM stand-in, the demo keys, AUI and the plugins' web resources, and the two products kept apart.
 */
class SandboxHostTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final String ADMIN_PAGE = "/plugins/servlet/plainframe/admin";
    /** What Velocity prints for a reference it could not resolve: the reference as written. */
    private static final String UNRESOLVED_REFERENCE = "\\$!?\\{?[A-Za-z]";
    private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*id=\"(demo-key-[a-z0-9-]+)\">([^<]+)<");

    @TempDir
    static Path data;
    static Sandbox sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = new Sandbox(0, data, true);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static Http http(String product) {
        return new Http(sandbox.baseUrl(product));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object json) {
        return (Map<String, Object>) json;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> json, String key) {
        return (Map<String, Object>) json.get(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void anonymousVisitorsAreSentToLogInAndComeBack(String product) {
        Http http = http(product);
        HttpResponse<String> page = http.get(ADMIN_PAGE);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow())
                .endsWith("/" + product + "/login?os_destination=%2F" + product + "%2Fplugins%2Fservlet%2F"
                        + "plainframe%2Fadmin");
        HttpResponse<String> loggedIn = http.logIn("admin", "admin", "/" + product + ADMIN_PAGE);
        assertThat(location(loggedIn)).isEqualTo(sandbox.baseUrl(product) + ADMIN_PAGE);
    }

    @Test
    void theWayBackAfterLogInNeverLeavesTheHost() {
        Http http = http("confluence");
        for (String elsewhere : List.of("https://evil.example/", "//evil.example/", "/jira/", "/\\evil.example")) {
            HttpResponse<String> loggedIn = http.logIn("user01", "user01", elsewhere);
            assertThat(location(loggedIn)).as(elsewhere).isEqualTo(sandbox.baseUrl("confluence") + "/");
        }
    }

    @Test
    void aWrongPasswordIsRefusedOnTheFormAndOverBasicAuth() {
        Http http = http("confluence");
        HttpResponse<String> form = http.logIn("admin", "wrong");
        assertThat(form.statusCode()).isEqualTo(401);
        assertThat(form.body()).contains("id=\"login-error\"");
        assertThat(http.get(REST + "/status", "Authorization", "Basic YWRtaW46d3Jvbmc=").statusCode())
                .isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void usersGet403OnTheAdminPageAndItsApi(String product) {
        Http http = http(product);
        HttpResponse<String> page = http.get(ADMIN_PAGE, "Authorization", basic("user05"));
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Only administrators can open Plainframe").doesNotContain("plainframe-admin");
        assertThat(http.get(REST + "/license", "Authorization", basic("user05")).statusCode()).isEqualTo(403);
        assertThat(http.get("/plugins/servlet/upm", "Authorization", basic("user05")).statusCode()).isEqualTo(403);
    }

    @Test
    void adminsConfirmTheirPasswordBeforeAdminPagesAndBrowserRestCalls() {
        Http http = http("jira");
        assertThat(http.logIn("admin", "admin").statusCode()).isEqualTo(302);
        HttpResponse<String> page = http.get(ADMIN_PAGE);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).contains("/jira/authenticate?destination=");
        HttpResponse<String> api = http.get(REST + "/license");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(json(api)).containsEntry("code", "WEBSUDO_REQUIRED");

        assertThat(http.post("/authenticate", "application/x-www-form-urlencoded",
                Http.form(Map.of("password", "wrong", "destination", "/jira" + ADMIN_PAGE))).statusCode())
                .isEqualTo(401);
        HttpResponse<String> confirmed = http.post("/authenticate", "application/x-www-form-urlencoded",
                Http.form(Map.of("password", "admin", "destination", "/jira" + ADMIN_PAGE)));
        assertThat(location(confirmed)).isEqualTo(sandbox.baseUrl("jira") + ADMIN_PAGE);
        HttpResponse<String> admin = http.get(ADMIN_PAGE);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("id=\"plainframe-admin\"", "data-rest=\"/jira/rest/plainframe/1.0\"",
                "aui/aui-prototyping.js", "plainframe-admin-resources/plainframe-admin.js",
                "id=\"plainframe-admin-link\"");
        assertThat(http.get(REST + "/license").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void thePluginsTemplatesRenderInFullWithTheHostsVelocityAllowingNoMethodCall(String product) {
        Http http = http(product);
        http.logIn("admin", "admin");
        http.post("/authenticate", "application/x-www-form-urlencoded",
                Http.form(Map.of("password", "admin", "destination", "/" + product + ADMIN_PAGE)));
        HttpResponse<String> admin = http.get(ADMIN_PAGE);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("<h1>Plainframe</h1>", ">Preview</button>", "data-product=\"" + product)
                .doesNotContainPattern(UNRESOLVED_REFERENCE);
        if ("jira".equals(product)) {
            HttpResponse<String> issue = http.get("/browse/DEMO-1");
            assertThat(issue.body()).contains("class=\"plainframe-wireframe\"")
                    .doesNotContainPattern(UNRESOLVED_REFERENCE);
        }
        assertThat(sandbox.refusedTemplateCalls(product)).isEmpty();
    }

    @Test
    void restPostsAFormCouldSendNeedTheXsrfHeaderAsInAtlassianRest() {
        Http http = http("confluence");
        HttpResponse<String> forged = http.post(REST + "/seat-requests", "text/plain", "{\"note\":\"x\"}",
                "Authorization", basic("user30"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(json(forged)).containsEntry("code", "XSRF_CHECK_FAILED");
        assertThat(http.post(REST + "/seat-requests/1/approve", null, "", "Authorization", basic("admin"))
                .statusCode()).isEqualTo(403);
        assertThat(http.post(REST + "/seat-requests", "application/json", "{\"note\":\"x\"}",
                "Authorization", basic("user30")).statusCode()).isEqualTo(200);
        assertThat(http.post(REST + "/seat-requests/none/dismiss", null, "", "Authorization", basic("admin"),
                "X-Atlassian-Token", "no-check").statusCode()).isEqualTo(404);
    }

    @Test
    void theDemoKeysCoverEveryCaseAnAdminMeets() {
        Http http = http("confluence");
        Map<String, String> keys = demoKeys(http);
        assertThat(keys).containsOnlyKeys("demo-key-10-editors", "demo-key-upgrade-25", "demo-key-renewal",
                "demo-key-not-covering", "demo-key-evaluation", "demo-key-other-product", "demo-key-tampered");
        Map<String, Object> ten = preview(http, keys.get("demo-key-10-editors"));
        assertThat(ten).containsEntry("code", "VALID").containsEntry("editors", 10L)
                .containsEntry("coversThisBuild", true);
        Map<String, Object> upgrade = preview(http, keys.get("demo-key-upgrade-25"));
        assertThat(upgrade).containsEntry("code", "VALID").containsEntry("editors", 25L)
                .containsEntry("supersedes", ten.get("licenseId"));
        assertThat(preview(http, keys.get("demo-key-renewal"))).containsEntry("code", "VALID")
                .containsEntry("maintenanceStart", ten.get("maintenanceEnd"));
        assertThat(preview(http, keys.get("demo-key-not-covering"))).containsEntry("code", "NOT_COVERED")
                .containsEntry("coversThisBuild", false);
        assertThat(preview(http, keys.get("demo-key-evaluation"))).containsEntry("code", "VALID")
                .containsEntry("evaluation", true);
        assertThat(preview(http, keys.get("demo-key-other-product"))).containsEntry("code", "WRONG_PRODUCT");
        assertThat(preview(http, keys.get("demo-key-tampered"))).containsEntry("code", "BAD_SIGNATURE");
    }

    @Test
    void theUpmStandInInstallsMarketplaceLicensesWithUpmsVerdicts() {
        Http http = http("jira");
        String admin = basic("admin");
        assertThat(upm(http, Map.of("action", "install", "licensee", "Market Co", "users", "500",
                "maintenance", "2099-01-01"))).isEqualTo(302);
        Map<String, Object> license = json(http.get(REST + "/license", "Authorization", admin));
        assertThat(license).containsEntry("source", "MARKETPLACE").containsEntry("valid", true);
        assertThat(map(license, "marketplace")).containsEntry("licensee", "Market Co").containsEntry("editors", 500L);

        assertThat(upm(http, Map.of("action", "tier", "tier", "2000"))).isEqualTo(302);
        assertThat(map(json(http.get(REST + "/license", "Authorization", admin)), "marketplace"))
                .containsEntry("error", "USER_MISMATCH");
        assertThat(upm(http, Map.of("action", "install", "licensee", "Market Co", "users", "2000",
                "error", "EXPIRED"))).isEqualTo(302);
        assertThat(map(json(http.get(REST + "/license", "Authorization", admin)), "marketplace"))
                .containsEntry("error", "EXPIRED");
        assertThat(http.get("/plugins/servlet/upm", "Authorization", admin).body())
                .contains("UPM reports EXPIRED", "id=\"upm-configure\" href=\"/jira" + ADMIN_PAGE + "\"");

        assertThat(upm(http, Map.of("action", "install", "licensee", " ", "users", "2000"))).isEqualTo(400);
        assertThat(upm(http, Map.of("action", "install", "licensee", "X", "users", "7"))).isEqualTo(400);
        assertThat(upm(http, Map.of("action", "install", "licensee", "X", "users", "10", "error", "NOPE")))
                .isEqualTo(400);
        assertThat(upm(http, Map.of("action", "remove"))).isEqualTo(302);
        assertThat(json(http.get(REST + "/license", "Authorization", admin))).containsEntry("source", "NONE");
        assertThat(upm(http, Map.of("action", "tier", "tier", "500"))).isEqualTo(302);
    }

    @Test
    void upmFormsFromABrowserSessionNeedTheSessionsToken() {
        Http http = http("jira");
        http.logIn("admin", "admin");
        http.post("/authenticate", "application/x-www-form-urlencoded", Http.form(Map.of("password", "admin",
                "destination", "/jira/")));
        HttpResponse<String> forged = http.post("/plugins/servlet/upm", "application/x-www-form-urlencoded",
                Http.form(Map.of("action", "remove")));
        assertThat(forged.statusCode()).isEqualTo(403);
        String token = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"").matcher(
                http.get("/plugins/servlet/upm").body()).results().findFirst().orElseThrow().group(1);
        assertThat(http.post("/plugins/servlet/upm", "application/x-www-form-urlencoded",
                Http.form(Map.of("action", "tier", "tier", "500", "atl_token", token))).statusCode()).isEqualTo(302);
    }

    @Test
    void auiAndThePluginsWebResourcesAreServedAsAHostServesThem() {
        Http http = http("confluence");
        HttpResponse<String> css = http.get("/aui/aui-prototyping.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(http.get("/aui/jquery/jquery.min.js").statusCode()).isEqualTo(200);
        assertThat(http.get("/aui/nothing.js").statusCode()).isEqualTo(404);

        HttpResponse<String> script = http.get("/download/resources/io.plainframe.confluence:"
                + "plainframe-admin-resources/plainframe-admin.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).doesNotContain("AJS.I18n.getText(").contains("AJS.format(\"Editors removed: {0}.\"");
        assertThat(http.get("/download/resources/io.plainframe.confluence:plainframe-admin-resources/x.js")
                .statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void theDemoContentIsForSignedInUsersAndCarriesItsId(String product) {
        Http http = http(product);
        String content = "confluence".equals(product) ? "/display/DEMO/Demo+Page" : "/browse/DEMO-1";
        assertThat(http.get(content).statusCode()).isEqualTo(302);
        HttpResponse<String> page = http.get(content, "Authorization", basic("user41"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("confluence".equals(product) ? "name=\"ajs-page-id\" content=\"1001\""
                : "data-issue-key=\"DEMO-1\"").contains("plainframe-content-resources/plainframe-content.js",
                "class=\"plainframe-wireframe\" data-content-id=\""
                        + ("confluence".equals(product) ? "1001" : "DEMO-1"));
        assertThat(http.get(content + "x", "Authorization", basic("user41")).statusCode()).isEqualTo(404);
        assertThat(http.get("/no/such/page").statusCode()).isEqualTo(404);
    }

    @Test
    void jirasUserPickerAnswersAsItsUserPickersExpect() {
        Http http = http("jira");
        Map<String, Object> found = json(http.get("/rest/api/2/user/picker?maxResults=5&query=User%204",
                "Authorization", basic("admin")));
        List<?> users = (List<?>) found.get("users");
        assertThat(users).hasSize(5);
        assertThat(asMap(users.get(0))).containsEntry("name", "user40").containsEntry("displayName", "User 40")
                .containsEntry("key", "key-user40");
        assertThat(json(http.get("/rest/api/2/user/picker?query=nobody", "Authorization", basic("admin"))))
                .containsEntry("total", 0L);
    }

    @Test
    void theTwoProductsKeepTheirOwnState() {
        Http confluence = http("confluence");
        Http jira = http("jira");
        String key = demoKeys(confluence).get("demo-key-10-editors");
        assertThat(confluence.put(REST + "/license", Json.write(Map.of("key", key)), "Authorization", basic("admin"))
                .statusCode()).isEqualTo(200);
        assertThat(confluence.post(REST + "/editors", "application/json", "{\"usernames\":[\"user30\"]}",
                "Authorization", basic("admin")).statusCode()).isEqualTo(200);
        assertThat(json(jira.get(REST + "/license", "Authorization", basic("admin")))).containsEntry("source", "NONE");
        assertThat(json(jira.get(REST + "/editors?query=user30", "Authorization", basic("admin"))))
                .containsEntry("total", 0L);
        assertThat(confluence.delete(REST + "/license", "Authorization", basic("admin")).statusCode()).isEqualTo(200);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static int upm(Http http, Map<String, String> form) {
        return http.post("/plugins/servlet/upm", "application/x-www-form-urlencoded", Http.form(form),
                "Authorization", basic("admin")).statusCode();
    }

    static Map<String, String> demoKeys(Http http) {
        HttpResponse<String> page = http.get("/demo-keys");
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> keys = new LinkedHashMap<>();
        Matcher matcher = TEXTAREA.matcher(page.body());
        while (matcher.find()) {
            keys.put(matcher.group(1), matcher.group(2));
        }
        return keys;
    }

    private static Map<String, Object> preview(Http http, String key) {
        HttpResponse<String> response = http.post(REST + "/license/preview", "application/json",
                Json.write(Map.of("key", key)), "Authorization", basic("admin"));
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response);
    }
}
