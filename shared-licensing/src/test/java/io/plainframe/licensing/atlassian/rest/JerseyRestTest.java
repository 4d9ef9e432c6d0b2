package io.plainframe.licensing.atlassian.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.websudo.WebSudoManager;
import io.plainframe.licensing.TestHost;
import io.plainframe.licensing.atlassian.PlainframeHost;
import io.plainframe.licensing.atlassian.Requester;
import io.plainframe.licensing.atlassian.RuntimeForTests;
import io.plainframe.licensing.host.FakeUserDirectory;
import io.plainframe.licensing.web.Caller;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.Filter;
import javax.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The resource behind its access filter under the same Jersey 1 that Atlassian REST runs, over real HTTP: routes,
 * content types and the order of the checks as a host's REST stack would apply them. The caller is named by a
 * test header.
 */
class JerseyRestTest {

    private static JerseyServer server;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        PlainframeHost host = host();
        server = JerseyServer.behind(new RestAccessFilter(host), new PlainframeResource(host));
        base = server.base();
    }

    /** A host of its own: two alice and bob users, a designers group, callers named by the test header. */
    private static PlainframeHost host() {
        FakeUserDirectory directory = new FakeUserDirectory();
        directory.addAll("alice", "bob");
        directory.createGroup("designers");
        PlainframeHost host = mock(PlainframeHost.class);
        when(host.runtime()).thenReturn(RuntimeForTests.runtime(directory));
        when(host.caller(any())).thenAnswer(call -> caller(call.getArgument(0)));
        when(host.requester(any())).thenAnswer(call -> requester(call.getArgument(0)));
        when(host.restResources()).thenReturn(List.of(PlainframeResource.class));
        WebSudoManager webSudo = mock(WebSudoManager.class);
        when(webSudo.canExecuteRequest(any())).thenAnswer(call ->
                ((HttpServletRequest) call.getArgument(0)).getHeader("X-WebSudo") != null);
        when(host.webSudo()).thenReturn(webSudo);
        return host;
    }

    /**
     * The body checks run against the REST layer as it was, planted as a filter in front of today's: a body read
     * as lenient UTF-8 (every byte that is not UTF-8 replaced), and approve, dismiss and the DELETEs reached
     * whatever type their body has (the type never looked at). Each check fails on it.
     */
    @Test
    void theBodyChecksFailOnARestLayerThatRepairsBodiesAndIgnoresTheirType() throws Exception {
        assertThatThrownBy(() -> againstOld(OldRestLayer::repairing,
                this::aBodyThatIsNotUtf8IsRefusedOnEveryEndpointInsteadOfBeingRepairedSilently))
                .isInstanceOf(AssertionError.class).hasMessageContaining("POST seat-requests");
        assertThatThrownBy(() -> againstOld(OldRestLayer::untyped,
                this::approveDismissAndTheDeletesTakeNoBodyOrJsonAndRefuseEveryOtherType))
                .isInstanceOf(AssertionError.class).hasMessageContaining("as text/plain");
    }

    private interface Check {
        void run() throws Exception;
    }

    /** Runs the check against a server of its own, with the old behaviour's filter before the access filter. */
    private static void againstOld(UnaryOperator<HttpServletRequest> old, Check check)
            throws Exception {
        PlainframeHost host = host();
        String kept = base;
        try (JerseyServer server = JerseyServer.behind(OldRestLayer.before(old, new RestAccessFilter(host)),
                new PlainframeResource(host))) {
            base = server.base();
            check.run();
        } finally {
            base = kept;
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void everyRouteIsServedByTheOneRootResource() throws Exception {
        assertThat(get("status", null).statusCode()).isEqualTo(401);
        assertThat(get("status", "user").statusCode()).isEqualTo(200);
        assertThat(get("license", "admin+websudo").statusCode()).isEqualTo(200);
        assertThat(get("editors?state=waiting", "admin+websudo").statusCode()).isEqualTo(200);
        assertThat(get("editors.csv", "admin+websudo").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/csv");
        assertThat(get("audit?limit=5", "admin+websudo").statusCode()).isEqualTo(200);
        assertThat(get("no-such-thing", "admin+websudo").statusCode()).isEqualTo(404);
    }

    @Test
    void usersGet403AndAdminsAreAskedForTheirPasswordAndScriptsWithBasicAuthPass() throws Exception {
        assertThat(get("license", "user").statusCode()).isEqualTo(403);
        HttpResponse<String> prompt = get("license", "admin");
        assertThat(prompt.statusCode()).isEqualTo(401);
        assertThat(prompt.body()).contains("\"code\":\"WEBSUDO_REQUIRED\"");
        HttpResponse<String> script = HTTP.send(request("license", "admin")
                .header("Authorization", "Basic YWRtaW46YWRtaW4=").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(script.statusCode()).isEqualTo(200);
    }

    @Test
    void changesTakeJsonAndAFormPostFromAnotherSiteIsRefused() throws Exception {
        HttpResponse<String> json = send("PUT", "settings", "admin+websudo", "application/json",
                "{\"mode\":\"selected\",\"editorsGroup\":\"designers\"}");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("designers");
        assertThat(send("PUT", "settings", "admin+websudo", "application/x-www-form-urlencoded",
                "mode=everyone").statusCode()).isEqualTo(415);
        assertThat(send("POST", "editors", "admin+websudo", "text/plain", "{}").statusCode()).isEqualTo(415);
    }

    @Test
    void errorsHaveTheSpecsBody() throws Exception {
        HttpResponse<String> unknown = send("POST", "editors", "admin+websudo", "application/json",
                "{\"usernames\":[\"mallory\"]}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"code\":\"UNKNOWN_USERS\"", "\"message\":",
                "\"usernames\":[\"mallory\"]");
        HttpResponse<String> tooLarge = send("POST", "license/preview", "admin+websudo", "application/json",
                "{\"key\":\"" + "A".repeat(1024 * 1024) + "\"}");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(send("DELETE", "editors/nobody", "admin+websudo", null, null).statusCode()).isEqualTo(404);
        assertThat(send("POST", "seat-requests/nope/approve", "admin+websudo", null, null).statusCode())
                .isEqualTo(404);
    }

    /** Bytes that are not UTF-8: a stray continuation, an impossible byte, an overlong slash, a surrogate. */
    private static final byte[][] NOT_UTF8 = {{(byte) 0x80}, {(byte) 0xff}, {(byte) 0xc0, (byte) 0xaf},
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xc3}};

    @Test
    void aBodyThatIsNotUtf8IsRefusedOnEveryEndpointInsteadOfBeingRepairedSilently() throws Exception {
        String[][] endpoints = {{"POST", "seat-requests", "user", "application/json", "{\"note\":\"%s\"}"},
                {"POST", "license/preview", "admin+websudo", "application/json", "{\"key\":\"%s\"}"},
                {"PUT", "license", "admin+websudo", "application/json", "{\"key\":\"%s\"}"},
                {"POST", "editors", "admin+websudo", "application/json", "{\"usernames\":[\"alice%s\"]}"},
                {"POST", "editors/import", "admin+websudo", "text/csv", "username\nalice%s\n"},
                {"PUT", "settings", "admin+websudo", "application/json", "{\"mode\":\"selected\",\"editorsGroup\":"
                        + "\"designers%s\"}"}};
        for (String[] endpoint : endpoints) {
            for (byte[] bad : NOT_UTF8) {
                String[] around = endpoint[4].split("%s", 2);
                byte[] body = concat(around[0].getBytes(StandardCharsets.UTF_8), bad,
                        around[1].getBytes(StandardCharsets.UTF_8));
                HttpResponse<String> answer = sendBytes(endpoint[0], endpoint[1], endpoint[2], endpoint[3], body);
                assertThat(answer.statusCode()).as("%s %s", endpoint[0], endpoint[1]).isEqualTo(400);
                assertThat(answer.body()).as("%s %s", endpoint[0], endpoint[1])
                        .contains("\"code\":\"INVALID_ENCODING\"", "UTF-8");
            }
        }
        assertThat(get("seat-requests", "admin+websudo").body()).as("nothing stored").doesNotContain("\ufffd")
                .contains("\"requests\":[]");
        assertThat(get("editors?query=alice", "admin+websudo").body()).contains("\"total\":0");
    }

    @Test
    void approveDismissAndTheDeletesTakeNoBodyOrJsonAndRefuseEveryOtherType() throws Exception {
        String[][] endpoints = {{"POST", "seat-requests/nope/approve"}, {"POST", "seat-requests/nope/dismiss"},
                {"DELETE", "editors/nobody"}, {"DELETE", "license"}};
        for (String[] endpoint : endpoints) {
            for (String type : new String[] {"text/plain", "text/ping", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x", "text/csv"}) {
                HttpResponse<String> refused = send(endpoint[0], endpoint[1], "admin+websudo", type, "PING");
                checkRefusedAsUnsupported(refused, String.join(" ", endpoint) + " as " + type);
            }
            assertThat(send(endpoint[0], endpoint[1], "admin+websudo", null, null).statusCode())
                    .as("%s %s without a body", endpoint[0], endpoint[1]).isEqualTo(404);
            assertThat(send(endpoint[0], endpoint[1], "admin+websudo", "application/json", "{}").statusCode())
                    .as("%s %s with JSON", endpoint[0], endpoint[1]).isEqualTo(404);
        }
    }

    private static void checkRefusedAsUnsupported(HttpResponse<String> refused, String what) {
        assertThat(refused.statusCode()).as(what).isEqualTo(415);
        assertThat(refused.body()).as("the error body of SPEC 6").contains(
                "\"code\":\"UNSUPPORTED_MEDIA_TYPE\"", "\"message\":\"Send this request as application/json");
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    }

    /**
     * The negative control of the 415 check: with the filter's content-type check off (the filter is shown no
     * content type, Jersey the real one) Jersey answers 415 itself, without SPEC 6's body, and the check fails.
     */
    @Test
    void withoutTheFiltersContentTypeCheckJerseysOwn415FailsTheCheck() throws Exception {
        PlainframeHost host = host();
        RestAccessFilter filter = new RestAccessFilter(host);
        // Only the filter is shown no type; Jersey gets the request as sent.
        Filter withoutTypeCheck = (request, response, chain) -> filter.doFilter(
                OldRestLayer.untyped((HttpServletRequest) request), response,
                (passed, answer) -> chain.doFilter(request, response));
        try (JerseyServer jersey = JerseyServer.behind(withoutTypeCheck, new PlainframeResource(host))) {
            HttpResponse<String> refused = HTTP.send(request(jersey.base(), "seat-requests/nope/approve",
                    "admin+websudo").header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("PING")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as("Jersey's own 415").isEqualTo(415);
            assertThatThrownBy(() -> checkRefusedAsUnsupported(refused, "approve as text/plain"))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("the error body of SPEC 6");
        }
    }

    @Test
    void aNoteThatCouldDisguiseItselfIsRefusedWithTheCharacterNamed() throws Exception {
        for (String spoof : new String[] {"\u202e", "\u202a", "\u202b", "\u202c", "\u202d", "\u2066", "\u2067",
                "\u2068", "\u2069", "\u200e", "\u200f", "\u061c", "\u0000", "\u001b", "\u007f", "\u0085"}) {
            String escaped = String.format("\\u%04x", (int) spoof.charAt(0));
            HttpResponse<String> refused = send("POST", "seat-requests", "user", "application/json",
                    "{\"note\":\"please approve " + escaped + "evil\"}");
            assertThat(refused.statusCode()).as(escaped).isEqualTo(400);
            assertThat(refused.body()).as(escaped).contains("\"code\":\"NOTE_UNSAFE_CHARACTER\"",
                    String.format("U+%04X", (int) spoof.charAt(0)));
        }
        HttpResponse<String> half = send("POST", "seat-requests", "user", "application/json",
                "{\"note\":\"please approve \\ud800evil\"}");
        assertThat(half.statusCode()).as("half a surrogate pair").isEqualTo(400);
        assertThat(half.body()).as("half a surrogate pair is not JSON text Plainframe reads")
                .contains("\"code\":\"INVALID_JSON\"", "surrogate");
        assertThat(get("seat-requests", "admin+websudo").body()).as("nothing stored").contains("\"requests\":[]");

        HttpResponse<String> lines = send("POST", "seat-requests", "user", "application/json",
                "{\"note\":\"first line\\nsecond\\tline\"}");
        assertThat(lines.statusCode()).as("new lines and tabs are ordinary").isEqualTo(200);
        assertThat(get("seat-requests", "admin+websudo").body()).contains("first line\\nsecond\\tline");
        send("POST", "seat-requests/" + firstRequestId() + "/dismiss", "admin+websudo", null, null);
    }

    private static String firstRequestId() throws Exception {
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(get("seat-requests", "admin+websudo").body());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static HttpResponse<String> sendBytes(String method, String path, String who, String type, byte[] body)
            throws Exception {
        return HTTP.send(request(path, who).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Caller caller(HttpServletRequest request) {
        String who = request.getHeader("X-Test-User");
        if (who == null) {
            return Caller.ANONYMOUS;
        }
        return who.startsWith("admin") ? TestHostCallers.ADMIN : TestHostCallers.USER;
    }

    /** Signed-in test users are licensed; the one basic-auth header of these tests is the admin's own. */
    private static Requester requester(HttpServletRequest request) {
        Caller caller = caller(request);
        return new Requester(caller, caller.admin(), !caller.isAnonymous(), false, false, !caller.isAnonymous()
                && "Basic YWRtaW46YWRtaW4=".equals(request.getHeader("Authorization")));
    }

    private static HttpResponse<String> get(String path, String who) throws Exception {
        return HTTP.send(request(path, who).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String path, String who, String type, String body)
            throws Exception {
        HttpRequest.Builder builder = request(path, who);
        if (type != null) {
            builder.header("Content-Type", type);
        }
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path, String who) {
        return request(base, path, who);
    }

    private static HttpRequest.Builder request(String base, String path, String who) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (who != null) {
            builder.header("X-Test-User", who.replace("+websudo", ""));
            if (who.endsWith("+websudo")) {
                builder.header("X-WebSudo", "yes");
            }
        }
        return builder;
    }

    /** The callers of this test. */
    private static final class TestHostCallers {
        static final Caller ADMIN = Caller.admin(TestHost.ADMIN.userKey(), "admin");
        static final Caller USER = Caller.user("key-alice", "alice");
    }
}
