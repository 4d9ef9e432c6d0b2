package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static io.plainframe.sandbox.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Directory faults in the sandbox (its LDAP failing at once, or timing out after two seconds) while the plugin's
 * directory sync runs and an admin works: no seat is freed or handed to anyone, the admin's change is refused
 * with the reason and changes nothing, current editors go on editing, and once the directory answers again the
 * sync catches up.
 */
class SandboxDirectoryFaultTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final String ADMIN = basic("admin");

    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(longs = {0, 2_000})
    void aDirectoryOutageFreesNoSeatAndEditorsGoOnEditing(long timeoutMillis) throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl("jira"));
            String key = SandboxHostTest.demoKeys(http).get("demo-key-10-editors");
            assertThat(http.put(REST + "/license", Json.write(Map.of("key", key)), "Authorization", ADMIN)
                    .statusCode()).isEqualTo(200);
            assertThat(add(http, "user11").statusCode()).isEqualTo(200);
            Map<String, String> before = states(http);

            sandbox.products("jira").directoryFault(Duration.ofMillis(timeoutMillis));
            HttpResponse<String> refused = add(http, "user12");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(json(refused)).containsEntry("code", "HOST_UNAVAILABLE");
            // An administrator changes the editors group in the host meanwhile: its event has the plugin sync (a
            // second later and again three seconds after), and each sync runs into the outage.
            assertThat(http.put("/rest/sandbox/1.0/groups/plainframe-editors/members/user13", "", "Authorization",
                    ADMIN).statusCode()).isEqualTo(204);
            Thread.sleep(6_000 + timeoutMillis * 3);

            assertThat(sandbox.products("jira").directoryRefusals()).as("the sync ran into the outage too")
                    .isGreaterThan(1);
            assertThat(states(http)).as("the sync during the outage changed nothing").isEqualTo(before);
            assertThat(http.put(REST + "/wireframes/demo", "{\"version\":1,\"document\":{\"formatVersion\":1,"
                    + "\"width\":300,\"height\":200,\"controls\":[]}}", "Authorization", basic("user11"))
                    .statusCode()).as("a current editor goes on editing").isEqualTo(200);
            assertThat(http.get(REST + "/status?contentId=DEMO-1", "Authorization", basic("user45")).body())
                    .contains("\"canView\":true");

            sandbox.products("jira").directoryFault(null);
            assertThat(add(http, "user12").statusCode()).isEqualTo(200);
            assertThat(states(http)).containsEntry("user11", "LICENSED").containsEntry("user12", "LICENSED");
        }
    }

    private static HttpResponse<String> add(Http http, String username) {
        return http.post(REST + "/editors", "application/json", Json.write(Map.of("usernames", List.of(username))),
                "Authorization", ADMIN);
    }

    /** Every editor's state, by username. */
    private static Map<String, String> states(Http http) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> editors = (List<Map<String, Object>>) json(http.get(REST + "/editors?limit=1000",
                "Authorization", ADMIN)).get("editors");
        Map<String, String> states = new TreeMap<>();
        editors.forEach(editor -> states.put((String) editor.get("username"), (String) editor.get("state")));
        return states;
    }
}
