package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Oversized and malformed request bodies against the running sandbox, on every endpoint that takes a body, in
 * both products on every platform line: each is refused with its status (413 for 1 MiB and more, 400 for
 * malformed, 415 for the wrong type) and the sandbox keeps serving, with nothing changed.
 */
class SandboxHostileBodiesTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final String ADMIN = basic("admin");
    private static final String MEBIBYTE = "{\"key\":\"" + "A".repeat(1024 * 1024) + "\"}";
    /** Not JSON objects at all, whatever the endpoint (fields of the wrong kind are the unit tests' business). */
    private static final List<String> MALFORMED = List.of("{", "[]", "null", "{\"key\":", "\u0000\u0001",
            "{\"a\":" + "[".repeat(5000), "\"text\"");

    @TempDir
    Path data;

    @ParameterizedTest(name = "Platform {0}")
    @ValueSource(ints = {6, 7, 8})
    void oversizedAndMalformedBodiesAreRefusedAndTheSandboxKeepsServing(int line) {
        for (String product : List.of("confluence", "jira")) {
            Http http = new Http(Lines.shared(line, product));
            String before = http.get(REST + "/license", "Authorization", ADMIN).body();
            for (String path : List.of("/license", "/license/preview", "/editors", "/settings", "/seat-requests",
                    "/recovery", "/wireframes/demo")) {
                String method = List.of("/editors", "/license/preview", "/seat-requests", "/recovery")
                        .contains(path) ? "POST" : "PUT";
                assertThat(http.send(method, REST + path, "application/json", MEBIBYTE, "Authorization", ADMIN)
                        .statusCode()).as("%s %s with 1 MiB", product, path).isEqualTo(413);
                for (String body : MALFORMED) {
                    HttpResponse<String> answer = http.send(method, REST + path, "application/json", body,
                            "Authorization", ADMIN);
                    if (path.startsWith("/wireframes/")) {
                        // The admin holds no seat here: refused for that before the body is read (the next test
                        // sends these bodies as an editor with a seat).
                        assertThat(answer.statusCode()).as("%s %s with %.20s", product, path, body).isEqualTo(403);
                        assertThat(Http.json(answer)).containsEntry("code", "NO_LICENSE");
                    } else {
                        assertMalformed(answer, product + " " + path, body);
                    }
                }
                // With the XSRF header 415 with the error body; without it a text/plain POST is refused 403 first.
                HttpResponse<String> text = http.send(method, REST + path, "text/plain", "{}", "Authorization", ADMIN,
                        "X-Atlassian-Token", "no-check");
                assertThat(text.statusCode()).as("%s %s as text", product, path).isEqualTo(415);
                assertThat(Http.json(text)).containsEntry("code", "UNSUPPORTED_MEDIA_TYPE")
                        .containsKey("message");
                if ("POST".equals(method)) {
                    HttpResponse<String> forged = http.send(method, REST + path, "text/plain", "{}", "Authorization",
                            ADMIN);
                    assertThat(forged.statusCode()).as("%s %s as text without the header", product, path)
                            .isEqualTo(403);
                    assertThat(Http.json(forged)).containsEntry("code", "XSRF_CHECK_FAILED");
                }
            }
            assertThat(http.send("POST", REST + "/editors/import", "text/csv", "username\n" + "x,".repeat(600_000),
                    "Authorization", ADMIN).statusCode()).as("%s a CSV over 1 MiB", product).isEqualTo(413);
            assertThat(http.get(REST + "/license", "Authorization", ADMIN).body()).as("nothing changed")
                    .isEqualTo(before);
            assertThat(http.get(REST + "/status?contentId=1001", "Authorization", basic("user01")).statusCode())
                    .as("still serving").isEqualTo(200);
        }
    }

    /** Issue 17, item 4: the wireframe save reads the body only for an editor with a seat, and refuses it as such. */
    @Test
    void malformedWireframeBodiesFromAnEditorWithASeatAreRefusedAsMalformed() throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            for (String product : List.of("confluence", "jira")) {
                Http http = new Http(sandbox.baseUrl(product));
                String key = SandboxHostTest.demoKeys(http).get("demo-key-10-editors");
                assertThat(http.put(REST + "/license", "{\"key\":\"" + key + "\"}", "Authorization", ADMIN)
                        .statusCode()).isEqualTo(200);
                String editor = basic("user01");
                Map<?, ?> me = (Map<?, ?>) Http.json(http.get(REST + "/status?contentId="
                        + ("jira".equals(product) ? "DEMO-1" : "1001"), "Authorization", editor)).get("me");
                assertThat(me.get("canEdit")).as("%s: user01 may edit", product).isEqualTo(true);
                String before = http.get(REST + "/wireframes/demo", "Authorization", editor).body();
                for (String body : MALFORMED) {
                    assertMalformed(http.send("PUT", REST + "/wireframes/demo", "application/json", body,
                            "Authorization", editor), product + " PUT /wireframes/demo", body);
                }
                assertThat(http.get(REST + "/wireframes/demo", "Authorization", editor).body())
                        .as("%s: the wireframe is unchanged", product).isEqualTo(before);
                // The negative control: the answer the old "any 4xx" let pass (403, the body never read) fails here.
                HttpResponse<String> seatless = http.send("PUT", REST + "/wireframes/demo", "application/json",
                        MALFORMED.get(0), "Authorization", basic("user45"));
                assertThatThrownBy(() -> assertMalformed(seatless, product + " seatless", MALFORMED.get(0)))
                        .isInstanceOf(AssertionError.class);
            }
        }
    }

    /** A malformed body: 400, with the code that says so and a message. */
    private static void assertMalformed(HttpResponse<String> answer, String where, String body) {
        assertThat(answer.statusCode()).as("%s with %.20s", where, body).isEqualTo(400);
        assertThat(Http.json(answer).get("code")).as("%s with %.20s: why", where, body).isEqualTo("INVALID_JSON");
        assertThat(Http.json(answer).get("message")).as("%s with %.20s: a message", where, body).isNotNull();
    }
}
