package io.plainframe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import io.plainframe.sandbox.host.SandboxEvents;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 2: a user an administrator adds to the editors group in the host's user administration is an editor
 * within 5 s, and one removed is no longer one, in both products. The sandbox's user administration publishes the
 * directory events as the hosts do (inside the uncommitted change), and the plugin listens to them; with delivery
 * turned off (the negative control) the same addition is not seen within 5 s, since the periodic sync is a minute
 * away.
 */
class SandboxDirectoryEventsTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final String ADMIN = Http.basic("admin");
    private static final long WITHIN_MILLIS = 5_000;

    @TempDir
    Path data;

    @Test
    void aUserAddedToTheEditorsGroupInTheHostIsAnEditorWithinFiveSeconds() throws Exception {
        SandboxEvents confluenceEvents;
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            confluenceEvents = sandbox.events("confluence");
            for (String product : List.of("confluence", "jira")) {
                Http http = new Http(sandbox.baseUrl(product));
                licensed(http);
                assertThat(sandbox.events(product).listenerCount()).as("the plugin listens").isEqualTo(1);
                assertThat(state(http, "user20")).isNull();

                assertThat(member(http, "PUT", "user20")).isEqualTo(204);
                long took = untilState(http, "user20", "LICENSED");
                System.out.printf("%s: user20 joined the group, LICENSED %s%n", product, seen(took));
                assertThat(took).as("%s: LICENSED within 5 s of joining", product).isLessThanOrEqualTo(WITHIN_MILLIS);

                assertThat(member(http, "DELETE", "user20")).isEqualTo(204);
                took = untilState(http, "user20", null);
                System.out.printf("%s: user20 left the group, no editor %s%n", product, seen(took));
                assertThat(took).as("%s: gone within 5 s of leaving", product).isLessThanOrEqualTo(WITHIN_MILLIS);
            }
        }
        assertThat(confluenceEvents.listenerCount()).as("a stopped plugin leaves no listener behind").isZero();
    }

    @Test
    void withoutTheEventsTheSameAdditionWaitsForThePeriodicSync() throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            for (String product : List.of("confluence", "jira")) {
                Http http = new Http(sandbox.baseUrl(product));
                licensed(http);
                sandbox.events(product).delivering(false);
                assertThat(member(http, "PUT", "user21")).isEqualTo(204);
                assertThat(untilState(http, "user21", "LICENSED")).as(product + ": not seen within 5 s")
                        .isGreaterThan(WITHIN_MILLIS);
            }
        }
    }

    private static void licensed(Http http) {
        String key = SandboxHostTest.demoKeys(http).get("demo-key-10-editors");
        assertThat(http.put(REST + "/license", Json.write(Map.of("key", key)), "Authorization", ADMIN).statusCode())
                .isEqualTo(200);
        assertThat(state(http, "user01")).isEqualTo("LICENSED");
    }

    /** Adds ({@code PUT}) or removes ({@code DELETE}) the user in the host's editors group, as its admin does. */
    private static int member(Http http, String method, String username) {
        String path = "/rest/sandbox/1.0/groups/plainframe-editors/members/" + username;
        HttpResponse<String> response = method.equals("PUT") ? http.put(path, "", "Authorization", ADMIN)
                : http.delete(path, "Authorization", ADMIN);
        return response.statusCode();
    }

    private static String seen(long took) {
        return took > WITHIN_MILLIS ? "not within 5 s" : "after " + took + " ms";
    }

    /** Milliseconds until the plugin answers the state (polled every 100 ms), or just over 5 s if it never does. */
    private static long untilState(Http http, String username, String wanted) throws InterruptedException {
        long start = System.nanoTime();
        while (true) {
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            if (java.util.Objects.equals(state(http, username), wanted)) {
                return elapsed;
            }
            if (elapsed > WITHIN_MILLIS) {
                return elapsed;
            }
            Thread.sleep(100);
        }
    }

    /** The state the plugin's user search answers for the user: LICENSED, WAITING, or null when no editor. */
    @SuppressWarnings("unchecked")
    private static String state(Http http, String username) {
        List<Object> users = (List<Object>) Http.json(http.get(REST + "/users?query=" + username, "Authorization",
                ADMIN)).get("users");
        assertThat(users).as("the directory knows %s", username).hasSize(1);
        return (String) ((Map<String, Object>) users.get(0)).get("state");
    }
}
