package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static io.plainframe.sandbox.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's findings against the sandbox host, each sent as an attacker would send it: forged cross-site
 * requests riding on an admin's cookies, crafted redirects, framing, forced logout and wildcard user searches.
 */
class SandboxAttacksTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Pattern TOKEN = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"");

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

    /** An admin's browser: signed in with the form and past WebSudo, so only the session's cookie vouches. */
    private static Http adminBrowser(Sandbox host, String product) {
        Http http = new Http(host.baseUrl(product));
        assertThat(http.logIn("admin", "admin").statusCode()).isEqualTo(302);
        assertThat(http.post("/authenticate", FORM, Http.form(Map.of("password", "admin", "destination",
                "/" + product + "/"))).statusCode()).isEqualTo(302);
        return http;
    }

    @Test
    void aPingOrAnyOtherSimpleRequestRidingOnTheAdminsCookiesIsRefusedAsAnXsrf() {
        simpleRequestsRidingOnTheAdminsCookiesAreRefused(sandbox);
    }

    static void simpleRequestsRidingOnTheAdminsCookiesAreRefused(Sandbox host) {
        Http admin = adminBrowser(host, "confluence");
        Http user = new Http(host.baseUrl("confluence"));
        assertThat(user.post(REST + "/seat-requests", "application/json", "{\"note\":\"let me in\"}",
                "Authorization", basic("user31")).statusCode()).isEqualTo(200);
        String id = (String) ((Map<?, ?>) ((List<?>) json(admin.get(REST + "/seat-requests")).get("requests"))
                .get(0)).get("id");

        for (String type : new String[] {"text/ping", "text/plain", FORM, "multipart/form-data; boundary=x",
                "application/json-seq", "text/csv", null}) {
            HttpResponse<String> forged = admin.post(REST + "/seat-requests/" + id + "/approve", type, "PING");
            assertThat(forged.statusCode()).as("approve sent as %s", type).isEqualTo(403);
            assertThat(json(forged)).as("approve sent as %s", type).containsEntry("code", "XSRF_CHECK_FAILED");
        }
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            assertThat(admin.send(method, REST + "/license", "text/plain", "{}").statusCode()).as(method)
                    .isEqualTo(403);
            assertThat(admin.send(method, REST + "/license", null, null).statusCode()).as("%s without a type",
                    method).isEqualTo(403);
        }
        assertThat(json(admin.get(REST + "/seat-requests")).get("requests")).as("still pending").asList().hasSize(1);
        assertThat(json(admin.get(REST + "/editors?query=user31"))).containsEntry("total", 0L);

        assertThat(admin.post(REST + "/editors/import", "text/csv", "username\n").statusCode())
                .as("the CSV import's own type").isEqualTo(400);
        assertThat(admin.send("DELETE", REST + "/license", null, null, "X-Atlassian-Token", "no-check")
                .statusCode()).as("the plugin's scripts send the header").isEqualTo(404);
        assertThat(admin.post(REST + "/seat-requests/" + id + "/dismiss", "application/json", "").statusCode())
                .as("a JSON request needs a preflight, so it passes").isEqualTo(200);
        assertThat(json(admin.get(REST + "/seat-requests")).get("requests")).as("dismissed").asList().isEmpty();
    }

    @Test
    void aBasicAuthPostOfASimpleTypeIsRefusedTooAsInAtlassianRest() {
        aBasicAuthPostOfASimpleTypeIsRefused(sandbox);
    }

    static void aBasicAuthPostOfASimpleTypeIsRefused(Sandbox host) {
        Http script = new Http(host.baseUrl("jira"));
        HttpResponse<String> forged = script.post(REST + "/seat-requests", "text/ping", "{\"note\":\"x\"}",
                "Authorization", basic("user32"));
        assertThat(forged.statusCode()).as("a text/ping POST with basic auth").isEqualTo(403);
        assertThat(json(forged)).containsEntry("code", "XSRF_CHECK_FAILED");
    }

    @Test
    void aCraftedWayBackAfterLogInLeadsHomeAndNoPageShowsAStackTrace() {
        aCraftedWayBackLeadsHome(sandbox);
    }

    static void aCraftedWayBackLeadsHome(Sandbox host) {
        for (String crafted : List.of("/confluence/\u0000x", "/confluence/\r\nSet-Cookie: a=b", "/confluence/%zz",
                "/confluence/a b<script>", "/confluence/../jira/", "/confluence//evil.example/", "/confluence/\tx",
                "/confluence/\u2028x", "http:/confluence/x", "/confluence/" + "x".repeat(3000))) {
            Http http = new Http(host.baseUrl("confluence"));
            HttpResponse<String> loggedIn;
            try {
                loggedIn = http.logIn("user01", "user01", crafted);
            } catch (UncheckedIOException e) {
                // A Location no client can read (a header split by the crafted text) fails the check as well.
                throw new AssertionError(String.format("[%.40s] the answer could not be read: %s", crafted,
                        e.getCause()), e);
            }
            assertThat(loggedIn.statusCode()).as("%.40s", crafted).isEqualTo(302);
            assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).as("%.40s", crafted)
                    .isEqualTo(host.baseUrl("confluence") + "/");
        }
        Http http = new Http(host.baseUrl("jira"));
        for (String path : List.of("/login?os_destination=%00", "/authenticate?destination=%0d%0a", "/%2e%2e/x",
                "/rest/api/2/user/picker?query=%ff&maxResults=x", "/browse/%ff", "/download/resources/%00")) {
            HttpResponse<String> page = http.get(path, "Authorization", basic("admin"));
            assertThat(page.statusCode()).as(path).isLessThan(500);
            assertThat(page.body()).as(path).doesNotContain("at org.", "at io.plainframe", "Exception");
        }
    }

    @Test
    void everyAnswerForbidsFramingByOtherSitesAndSniffing() {
        everyAnswerForbidsFramingAndSniffing(sandbox);
    }

    static void everyAnswerForbidsFramingAndSniffing(Sandbox host) {
        Http http = new Http(host.baseUrl("confluence"));
        for (String path : List.of("/", "/login", "/display/DEMO/Demo+Page", "/plugins/servlet/plainframe/admin",
                REST + "/license", REST + "/status", "/aui/aui-prototyping.css", "/no/such/page", "/logout")) {
            HttpResponse<String> answer = http.get(path, "Authorization", basic("user05"));
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(path).contains("SAMEORIGIN");
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path)
                    .contains("frame-ancestors 'self'");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
        HttpResponse<String> outside = new Http("http://localhost:" + host.port()).get("/elsewhere");
        assertThat(outside.headers().firstValue("X-Frame-Options")).as("outside the products").contains("SAMEORIGIN");
    }

    @Test
    void logInNeedsTheFormsTokenAndAnotherSiteCannotSignSomeoneIn() {
        logInNeedsTheFormsToken(sandbox);
    }

    static void logInNeedsTheFormsToken(Sandbox host) {
        Http http = new Http(host.baseUrl("jira"));
        HttpResponse<String> forged = http.post("/login", FORM, Http.form(Map.of("os_username", "user07",
                "os_password", "user07", "os_destination", "/jira/")));
        assertThat(forged.statusCode()).as("a log-in form without its token").isEqualTo(403);
        assertThat(http.get("/rest/api/2/user/picker?query=user").statusCode()).as("not signed in").isEqualTo(401);
        assertThat(http.logIn("user07", "user07").statusCode()).isEqualTo(302);
        assertThat(http.get("/rest/api/2/user/picker?query=user").statusCode()).as("signed in").isEqualTo(200);
    }

    @Test
    void aLinkToLogOutSignsNobodyOutOnlyThePostWithTheTokenDoes() {
        logOutNeedsThePostWithTheToken(sandbox);
    }

    static void logOutNeedsThePostWithTheToken(Sandbox host) {
        Http http = new Http(host.baseUrl("confluence"));
        assertThat(http.logIn("user08", "user08").statusCode()).isEqualTo(302);
        HttpResponse<String> confirm = http.get("/logout");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("id=\"logout-submit\"");
        assertThat(http.post("/logout", FORM, "").statusCode()).as("no token").isEqualTo(403);
        assertThat(http.get("/", "X-Check", "1").body()).as("still signed in").contains("id=\"sandbox-user\"");

        String token = TOKEN.matcher(http.get("/").body()).results().findFirst().orElseThrow().group(1);
        HttpResponse<String> out = http.post("/logout", FORM, Http.form(Map.of("atl_token", token)));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(http.get("/").body()).as("signed out").doesNotContain("id=\"sandbox-user\"")
                .contains("id=\"nav-login\"");
    }

    @Test
    void wildcardsInTheUserSearchMatchOnlyThemselves() {
        wildcardsMatchOnlyThemselves(sandbox);
    }

    static void wildcardsMatchOnlyThemselves(Sandbox host) {
        Http http = new Http(host.baseUrl("jira"));
        for (String query : List.of("%25", "_", "%25%25", "user__", "%5C")) {
            assertThat(json(http.get("/rest/api/2/user/picker?maxResults=50&query=" + query, "Authorization",
                    basic("user09")))).as(query).containsEntry("total", 0L);
        }
        assertThat(json(http.get("/rest/api/2/user/picker?query=user0", "Authorization", basic("user09"))))
                .containsEntry("total", 9L);
    }

    @Test
    void usersFindOthersByNameButNeverSeeOrSearchTheirAddresses() {
        addressesAreForAdminsOnly(sandbox);
    }

    static void addressesAreForAdminsOnly(Sandbox host) {
        Http http = new Http(host.baseUrl("jira"));
        assertThat(http.get("/rest/api/2/user/picker?query=user").statusCode()).as("anonymous").isEqualTo(401);
        String asUser = http.get("/rest/api/2/user/picker?maxResults=50&query=user1", "Authorization",
                basic("user09")).body();
        assertThat(asUser).as("what a user finds").contains("\"name\":\"user10\"").doesNotContain("@");
        assertThat(json(http.get("/rest/api/2/user/picker?query=example", "Authorization", basic("user09"))))
                .as("searching by address").containsEntry("total", 0L);
        assertThat(http.get("/rest/api/2/user/picker?maxResults=50&query=user1", "Authorization", basic("admin"))
                .body()).as("admins see addresses").contains("@");
    }
}
