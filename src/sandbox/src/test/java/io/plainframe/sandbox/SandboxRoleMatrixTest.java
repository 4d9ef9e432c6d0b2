package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.json.Json;
import java.net.http.HttpResponse;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every REST endpoint (SPEC 6) and every admin page of both products on every platform line, for each kind of
 * caller, through the sandbox's real login, WebSudo and XSRF filters and the line's host access rules: anonymous
 * callers must sign in; users reach only their own endpoints (an access decision may still refuse them, with its
 * reason, never as a role); an admin's browser session is asked for the password again (WebSudo) before admin
 * work; then, or with basic auth or a personal access token, admins pass.
 */
class SandboxRoleMatrixTest {

    private static final String REST = "/rest/plainframe/1.0";

    /** One request: whether it is an administrator's, its method, path, content type and body. */
    private record Call(boolean admin, String method, String path, String type, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<Call> CALLS = List.of(
            new Call(false, "GET", "/status?contentId=DEMO", null, null),
            new Call(false, "POST", "/seat-requests", "application/json", "{\"note\":\"matrix\"}"),
            new Call(false, "GET", "/wireframes/demo", null, null),
            new Call(false, "PUT", "/wireframes/demo", "application/json", "{\"version\":1,\"document\":{}}"),
            // Issue 16: the history, an editor's heartbeat and a delete (of a wireframe no page has, so the shared
            // sandbox keeps its demo wireframe whoever passes).
            new Call(false, "GET", "/wireframes/demo/versions", null, null),
            new Call(false, "GET", "/wireframes/demo/versions/1", null, null),
            new Call(false, "PUT", "/wireframes/demo/editing", "application/json", "{}"),
            new Call(false, "DELETE", "/wireframes/demo/editing", null, null),
            new Call(false, "DELETE", "/wireframes/matrix-none?version=1", null, null),
            new Call(true, "GET", "/license", null, null),
            new Call(true, "POST", "/license/preview", "application/json", "{\"key\":\"x\"}"),
            new Call(true, "PUT", "/license", "application/json", "{\"key\":\"x\"}"),
            new Call(true, "DELETE", "/license", null, null),
            new Call(true, "GET", "/editors?limit=5", null, null),
            new Call(true, "POST", "/editors", "application/json", "{\"usernames\":[\"nobody\"]}"),
            new Call(true, "DELETE", "/editors/nobody", null, null),
            new Call(true, "GET", "/editors.csv", null, null),
            new Call(true, "POST", "/editors/import", "text/csv", "username\nnobody\n"),
            new Call(true, "GET", "/users?query=user", null, null),
            new Call(true, "GET", "/settings", null, null),
            new Call(true, "GET", "/groups?query=plain", null, null),
            new Call(true, "PUT", "/settings", "application/json",
                    "{\"mode\":\"selected\",\"editorsGroup\":\"plainframe-editors\"}"),
            new Call(true, "GET", "/audit?limit=5", null, null),
            new Call(true, "GET", "/seat-requests", null, null),
            new Call(true, "POST", "/seat-requests/nope/approve", null, null),
            new Call(true, "POST", "/seat-requests/nope/dismiss", null, null),
            new Call(true, "GET", "/recovery", null, null),
            new Call(true, "POST", "/recovery", "application/json", "{\"action\":\"restore-previous\"}"));

    /** The admin pages: Plainframe's own and the UPM stand-in where its license box and Configure button are. */
    private static final List<String> ADMIN_PAGES = List.of("/plugins/servlet/plainframe/admin",
            "/plugins/servlet/upm");

    @ParameterizedTest(name = "Platform {0}: {1}")
    @MethodSource("io.plainframe.sandbox.Lines#withProducts")
    void everyEndpointAndAdminPageForEveryKindOfCaller(int line, String product) throws Exception {
        String base = Lines.shared(line, product);
        assertThat(adminEndpointsAnnotated(product)).as("the admin endpoints declare @AdminOnly").isTrue();
        String content = "confluence".equals(product) ? "1001" : "DEMO-1";
        Http anonymous = new Http(base);
        Http user = session(base, "user05", false);
        Http adminWithoutWebSudo = session(base, "admin", false);
        Http admin = session(base, "admin", true);
        List<String> checked = new ArrayList<>();
        for (Call call : CALLS) {
            Call here = new Call(call.admin(), call.method(), call.path().replace("contentId=DEMO", "contentId="
                    + content), call.type(), call.body());
            checkAnswers(here, new Answers(answer(send(anonymous, here, null)), answer(send(user, here, null)),
                    answer(send(adminWithoutWebSudo, here, null)), List.of(answer(send(admin, here, null)),
                    answer(send(anonymous, here, basic("admin"))),
                    answer(send(anonymous, here, "Bearer sandbox-token-admin")))));
            checked.add(here.toString());
        }
        for (String page : ADMIN_PAGES) {
            assertThat(location(anonymous.get(page))).as("anonymous %s", page).contains("/login?os_destination=");
            assertThat(user.get(page).statusCode()).as("user %s", page).isEqualTo(403);
            assertThat(location(adminWithoutWebSudo.get(page))).as("admin without WebSudo %s", page)
                    .contains("/authenticate");
            assertThat(admin.get(page).statusCode()).as("admin %s", page).isEqualTo(200);
            // The fifth kind of caller, as for the endpoints: an admin by basic auth or a personal access token
            // (no browser session, so no WebSudo), and a user the same way.
            assertThat(anonymous.get(page, "Authorization", basic("admin")).statusCode()).as("basic-auth admin %s",
                    page).isEqualTo(200);
            assertThat(anonymous.get(page, "Authorization", "Bearer sandbox-token-admin").statusCode())
                    .as("token admin %s", page).isEqualTo(200);
            assertThat(anonymous.get(page, "Authorization", basic("user05")).statusCode()).as("basic-auth user %s",
                    page).isEqualTo(403);
            checked.add("GET " + page);
        }
        System.out.printf("Role matrix (Platform %d, %s): %d endpoints and pages x anonymous, user, admin without "
                + "WebSudo, admin, basic-auth and token admin: as SPEC 6 says%n", line, product, checked.size());
    }

    /**
     * Whether the plugin declares its admin endpoints {@code @AdminOnly} (REST v1's name in its sources; its
     * Platform 7 and 8 jars carry REST v2's).
     */
    private static boolean adminEndpointsAnnotated(String product) throws Exception {
        try (JarFile jar = new JarFile("target/classes/plugins/plainframe-" + product + "-platform6.jar")) {
            JarEntry resource = jar.getJarEntry("io/plainframe/licensing/atlassian/rest/PlainframeResource.class");
            try (InputStream in = jar.getInputStream(resource)) {
                return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)
                        .contains("com/atlassian/plugins/rest/common/security/AdminOnly");
            }
        }
    }

    /** A status and the error code of a JSON answer. */
    record Answer(int status, String code) {
    }

    /** What one call was answered for each kind of caller (admins: after WebSudo, by basic auth, by token). */
    record Answers(Answer anonymous, Answer user, Answer adminWithoutWebSudo, List<Answer> admins) {
    }

    private static Answer answer(HttpResponse<String> response) {
        return new Answer(response.statusCode(), code(response));
    }

    /** SPEC 6's rules for one call, checked on what the host answered each kind of caller. */
    static void checkAnswers(Call here, Answers answers) {
        assertThat(answers.anonymous().status()).as("anonymous %s", here).isEqualTo(401);
        if (here.admin()) {
            // The plugin's before-dispatch filter reads the same @AdminOnly and answers first, as a host runs
            // plugin filters before it dispatches to REST: SPEC's 403, not REST's own 401, reaches the user.
            assertThat(answers.user().status()).as("user %s", here).isEqualTo(403);
            assertThat(answers.user().code()).isEqualTo("NOT_ADMIN");
            assertThat(answers.adminWithoutWebSudo().status()).as("admin without WebSudo %s", here).isEqualTo(401);
            assertThat(answers.adminWithoutWebSudo().code()).isEqualTo("WEBSUDO_REQUIRED");
        } else {
            assertThat(answers.user().code()).as("user %s: refused as a role", here)
                    .isNotIn("NOT_SIGNED_IN", "NOT_ADMIN");
            assertThat(answers.adminWithoutWebSudo().code()).as("admin without WebSudo %s", here)
                    .isNotIn("NOT_SIGNED_IN", "WEBSUDO_REQUIRED");
        }
        for (Answer passed : answers.admins()) {
            assertThat(passed.code()).as("admin %s: not refused as a role", here).isNotIn("NOT_SIGNED_IN",
                    "NOT_ADMIN", "WEBSUDO_REQUIRED");
            assertThat(passed.status()).as("admin %s: answered, never a server error", here).isLessThan(500);
            if (here.admin()) {
                assertThat(passed.status()).as("admin %s", here).isNotIn(401, 403);
            }
        }
    }

    @Test
    void theChecksFailOnTheAnswersEachRoleBugWouldGive() {
        Call adminCall = new Call(true, "GET", "/license", null, null);
        Call userCall = new Call(false, "GET", "/wireframes/demo", null, null);
        Answer ok = new Answer(200, null);
        Answers right = new Answers(new Answer(401, "NOT_SIGNED_IN"), new Answer(403, "NOT_ADMIN"),
                new Answer(401, "WEBSUDO_REQUIRED"), List.of(ok, ok, ok));
        checkAnswers(adminCall, right);
        Map<String, Answers> planted = Map.of(
                "anonymous let in", new Answers(ok, right.user(), right.adminWithoutWebSudo(), right.admins()),
                "a user let into admin work", new Answers(right.anonymous(), ok, right.adminWithoutWebSudo(),
                        right.admins()),
                "no WebSudo asked", new Answers(right.anonymous(), right.user(), ok, right.admins()),
                "an admin answered a server error", new Answers(right.anonymous(), right.user(),
                        right.adminWithoutWebSudo(), List.of(ok, new Answer(500, "INTERNAL"), ok)),
                "a token admin refused", new Answers(right.anonymous(), right.user(), right.adminWithoutWebSudo(),
                        List.of(ok, ok, new Answer(401, "NOT_SIGNED_IN"))));
        planted.forEach((bug, answers) -> assertThatThrownBy(() -> checkAnswers(adminCall, answers)).as(bug)
                .isInstanceOf(AssertionError.class));
        assertThatThrownBy(() -> checkAnswers(userCall, new Answers(right.anonymous(), new Answer(403, "NOT_ADMIN"),
                ok, List.of(ok, ok, ok)))).as("a user refused as a role on their own endpoint")
                .isInstanceOf(AssertionError.class);
    }

    /** A browser session: logged in through the form, and through WebSudo when asked. */
    private static Http session(String base, String username, boolean webSudo) {
        Http http = new Http(base);
        assertThat(http.logIn(username, username).statusCode()).isEqualTo(302);
        if (webSudo) {
            assertThat(http.post("/authenticate", "application/x-www-form-urlencoded", Http.form(Map.of("password",
                    username, "destination", "/"))).statusCode()).isEqualTo(302);
        }
        return http;
    }

    private static HttpResponse<String> send(Http http, Call call, String authorization) {
        List<String> headers = new ArrayList<>(List.of("X-Atlassian-Token", "no-check"));
        if (authorization != null) {
            headers.addAll(List.of("Authorization", authorization));
        }
        return http.send(call.method(), REST + call.path(), call.type(), call.body(), headers.toArray(String[]::new));
    }

    /** The error code of a JSON answer; {@code null} for anything else (a CSV export, say). */
    private static String code(HttpResponse<String> response) {
        boolean isJson = response.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
        Object json = !isJson || response.body().isEmpty() ? null : Json.parse(response.body());
        return json instanceof Map<?, ?> map ? (String) map.get("code") : null;
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
