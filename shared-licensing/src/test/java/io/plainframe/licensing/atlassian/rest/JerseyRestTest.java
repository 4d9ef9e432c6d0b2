package io.plainframe.licensing.atlassian.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.websudo.WebSudoManager;
import io.plainframe.licensing.TestHost;
import io.plainframe.licensing.atlassian.PlainframeHost;
import io.plainframe.licensing.atlassian.RuntimeForTests;
import io.plainframe.licensing.host.FakeUserDirectory;
import io.plainframe.licensing.web.Caller;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The resource under the same Jersey 1 that Atlassian REST runs, over real HTTP: routes, content types and the
 * order of the checks as a host's REST stack would apply them. The caller is named by a test header.
 */
class JerseyRestTest {

    private static JerseyServer server;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        FakeUserDirectory directory = new FakeUserDirectory();
        directory.addAll("alice", "bob");
        PlainframeHost host = mock(PlainframeHost.class);
        when(host.runtime()).thenReturn(RuntimeForTests.runtime(directory));
        when(host.caller(any())).thenAnswer(call -> caller(call.getArgument(0)));
        WebSudoManager webSudo = mock(WebSudoManager.class);
        when(webSudo.canExecuteRequest(any())).thenAnswer(call ->
                ((HttpServletRequest) call.getArgument(0)).getHeader("X-WebSudo") != null);
        when(host.webSudo()).thenReturn(webSudo);
        when(host.signedInByBasicAuth(any(), any())).thenAnswer(call -> "Basic YWRtaW46YWRtaW4=".equals(
                ((HttpServletRequest) call.getArgument(0)).getHeader("Authorization")));
        server = new JerseyServer(new PlainframeResource(host));
        base = server.base();
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

    private static Caller caller(HttpServletRequest request) {
        String who = request.getHeader("X-Test-User");
        if (who == null) {
            return Caller.ANONYMOUS;
        }
        return who.startsWith("admin") ? TestHostCallers.ADMIN : TestHostCallers.USER;
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
