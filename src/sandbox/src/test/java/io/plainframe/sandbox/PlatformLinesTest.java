package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each platform line started through the launcher: the host's rules for a planted app's endpoints (no annotation,
 * {@code UnrestrictedAccess}, {@code AdminOnly}, a servlet without an annotation), personal access tokens beside
 * basic auth, and a license, editors and a wireframe making the round trip through the line's REST runtime.
 */
class PlatformLinesTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final String PLANTED = "/rest/planted/1.0";
    /** REST v1's refusal (AuthenticatedResourceFilter, atlassian-rest-module 7.1.9), the sandbox's on v2 too. */
    private static final String REFUSAL = "{\"message\":\"Client must be authenticated to access this resource.\","
            + "\"status-code\":401}";
    private static final String DOCUMENT = "{\"formatVersion\":1,\"width\":400,\"height\":300,\"controls\":["
            + "{\"id\":\"go\",\"type\":\"button\",\"x\":%d,\"y\":40,\"width\":120,\"height\":32,\"text\":\"Go\"}]}";

    @ParameterizedTest(name = "Platform {0}")
    @ValueSource(ints = {6, 7, 8})
    void anEndpointWithoutAnnotationIsForSignedInUsersOnSixAndForLicensedUsersOnSevenAndEight(int line) {
        Http jira = new Http(Lines.shared(line, "jira"));
        assertAnswer(jira.get(PLANTED + "/none", "Authorization", basic("user01")), 200, "{\"planted\":\"none\"}");
        HttpResponse<String> visitor = jira.get(PLANTED + "/none", "Authorization", basic("visitor"));
        if (line == 6) {
            assertAnswer(visitor, 200, "{\"planted\":\"none\"}");
        } else {
            assertAnswer(visitor, 401, REFUSAL);
        }
        assertAnswer(jira.get(PLANTED + "/none"), 401, REFUSAL);
        assertAnswer(jira.get(PLANTED + "/unrestricted"), 200, "{\"planted\":\"unrestricted\"}");
        assertAnswer(jira.get(PLANTED + "/admin", "Authorization", basic("user01")), 401, REFUSAL);
        assertAnswer(jira.get(PLANTED + "/admin", "Authorization", basic("admin")), 200, "{\"planted\":\"admin\"}");

        String servlet = "/plugins/servlet/planted";
        assertAnswer(jira.get(servlet, "Authorization", basic("user01")), 200, "planted servlet");
        if (line == 6) {
            assertAnswer(jira.get(servlet, "Authorization", basic("visitor")), 200, "planted servlet");
            assertAnswer(jira.get(servlet), 200, "planted servlet");
        } else {
            assertAnswer(jira.get(servlet, "Authorization", basic("visitor")), 401, REFUSAL);
            HttpResponse<String> anonymous = jira.get(servlet);
            assertThat(anonymous.statusCode()).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/login?os_destination=");
        }
    }

    @ParameterizedTest(name = "Platform {0}")
    @ValueSource(ints = {6, 7, 8})
    void personalAccessTokensSignScriptsInBesideBasicAuthWithoutWebSudo(int line) {
        Http confluence = new Http(Lines.shared(line, "confluence"));
        assertThat(confluence.get(REST + "/license", "Authorization", "Bearer sandbox-token-admin").statusCode())
                .as("no WebSudo for a token").isEqualTo(200);
        assertThat(confluence.get(REST + "/license", "Authorization", basic("admin")).statusCode()).isEqualTo(200);
        // A wrong token is refused even where anonymous visitors are let in: it is not taken for no credentials.
        for (String wrong : List.of("Bearer admin", "Bearer sandbox-token-nobody", "Bearer ", "Bearer x y")) {
            HttpResponse<String> refused = confluence.get(PLANTED + "/unrestricted", "Authorization", wrong);
            assertThat(refused.statusCode()).as(wrong).isEqualTo(401);
        }
        assertThat(confluence.get(PLANTED + "/unrestricted").statusCode()).isEqualTo(200);
        HttpResponse<String> user = confluence.get(REST + "/status?contentId=1001", "Authorization",
                "Bearer sandbox-token-user05");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(Http.json(user).get("me")).asString().contains("canView=true");
    }

    @ParameterizedTest(name = "Platform {0}: {1}")
    @MethodSource("io.plainframe.sandbox.Lines#withProducts")
    void aLicenseEditorsAndAWireframeMakeTheRoundTrip(int line, String product) {
        Http http = new Http(Lines.shared(line, product));
        String admin = "Bearer sandbox-token-admin";
        String key = SandboxHostTest.demoKeys(http).get("demo-key-10-editors");
        assertThat(http.put(REST + "/license", Json.write(Map.of("key", key)), "Authorization", admin).statusCode())
                .isEqualTo(200);
        assertThat(http.post(REST + "/editors", "application/json", "{\"usernames\":[\"user07\"]}",
                "Authorization", admin).statusCode()).isIn(200, 409);
        Map<String, Object> editors = Http.json(http.get(REST + "/editors?query=user07", "Authorization", admin));
        assertThat(editors).containsEntry("total", 1L);
        assertThat(editors.get("editors")).asString().contains("state=LICENSED");

        Map<String, Object> read = Http.json(http.get(REST + "/wireframes/demo", "Authorization", basic("user07")));
        long version = (Long) read.get("version");
        HttpResponse<String> saved = http.put(REST + "/wireframes/demo", "{\"version\":" + version
                + ",\"document\":" + String.format(DOCUMENT, 10 + line) + "}", "Authorization", basic("user07"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(Http.json(saved)).containsEntry("version", version + 1);
        HttpResponse<String> late = http.put(REST + "/wireframes/demo", "{\"version\":" + version
                + ",\"document\":" + String.format(DOCUMENT, 90) + "}", "Authorization", basic("user07"));
        assertThat(late.statusCode()).isEqualTo(409);
        Map<String, Object> again = Http.json(http.get(REST + "/wireframes/demo", "Authorization", basic("user45")));
        assertThat(again).containsEntry("version", version + 1);
        assertThat(again.get("document")).asString().contains("x=" + (10 + line));
    }

    private static void assertAnswer(HttpResponse<String> response, int status, String body) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
        assertThat(response.body()).isEqualTo(body);
    }
}
