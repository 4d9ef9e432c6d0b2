package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static io.plainframe.sandbox.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.json.Json;
import io.plainframe.sandbox.host.HostFaults;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
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
        check(outage(timeoutMillis, false));
    }

    @Test
    void anOutageTheDirectoryAnswersAsAnEmptyGroupIsCaughtByTheCheck() throws Exception {
        // The planted bug: the outage reaches the plugin as an empty editors group and unknown users.
        Outcome swallowed = outage(0, true);
        assertThatThrownBy(() -> check(swallowed)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("the sync during the outage changed nothing");
    }

    /** What the sandbox answered around an outage, and every editor's state before, during and after it. */
    record Outcome(Map<String, String> before, int refusedStatus, Object refusedCode, int refusals,
                   List<String> pluginLog, Map<String, String> during, int saveStatus, String status, int addedAfter,
                   Map<String, String> after) {
    }

    static void check(Outcome outcome) {
        assertThat(outcome.during()).as("the sync during the outage changed nothing").isEqualTo(outcome.before());
        assertThat(outcome.refusedStatus()).as("the admin's addition during the outage").isEqualTo(503);
        assertThat(outcome.refusedCode()).isEqualTo("HOST_UNAVAILABLE");
        assertThat(outcome.refusals()).as("the sync ran into the outage too").isGreaterThan(1);
        assertThat(outcome.pluginLog()).as("the plugin says its sync will try again when the directory answers")
                .anyMatch(line -> line.contains("sync editors with the directory later: HOST_UNAVAILABLE"));
        assertThat(outcome.saveStatus()).as("a current editor goes on editing").isEqualTo(200);
        assertThat(outcome.status()).contains("\"canView\":true");
        assertThat(outcome.addedAfter()).as("after the outage, additions work again").isEqualTo(200);
        assertThat(outcome.after()).containsEntry("user11", "LICENSED").containsEntry("user12", "LICENSED")
                .containsEntry("user14", "LICENSED");
    }

    private Outcome outage(long timeoutMillis, boolean swallowed) throws Exception {
        try (PluginLog log = new PluginLog(); Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl("jira"));
            String key = SandboxHostTest.demoKeys(http).get("demo-key-10-editors");
            assertThat(http.put(REST + "/license", Json.write(Map.of("key", key)), "Authorization", ADMIN)
                    .statusCode()).isEqualTo(200);
            assertThat(add(http, "user11").statusCode()).isEqualTo(200);
            // An editor through the editors group only, whom a sync that took the outage for an empty group drops.
            joinEditorsGroup(http, "user14");
            long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (!states(http).containsKey("user14") && System.nanoTime() < until) {
                Thread.sleep(200);
            }
            Map<String, String> before = states(http);
            assertThat(before).containsKeys("user11", "user14");

            log.clear();
            if (swallowed) {
                sandbox.faults("jira").plant(HostFaults.Fault.DIRECTORY_SWALLOWS_OUTAGE, true);
            } else {
                sandbox.products("jira").directoryFault(Duration.ofMillis(timeoutMillis));
            }
            HttpResponse<String> refused = add(http, "user12");
            // An administrator changes the editors group in the host meanwhile: its event has the plugin sync (a
            // second later and again three seconds after), and each sync runs into the outage.
            joinEditorsGroup(http, "user13");
            Thread.sleep(6_000 + timeoutMillis * 3);
            Map<String, String> during = states(http);
            // With the planted bug, give a late sync its time: the control must fail on the states, not on a race.
            for (long lateSync = System.nanoTime() + Duration.ofSeconds(15).toNanos();
                    swallowed && during.equals(before) && System.nanoTime() < lateSync; during = states(http)) {
                Thread.sleep(500);
            }
            int saved = http.put(REST + "/wireframes/demo", "{\"version\":1,\"document\":{\"formatVersion\":1,"
                    + "\"width\":300,\"height\":200,\"controls\":[]}}", "Authorization", basic("user11"))
                    .statusCode();
            String status = http.get(REST + "/status?contentId=DEMO-1", "Authorization", basic("user45")).body();

            List<String> pluginLog = log.lines(Level.INFO);
            sandbox.products("jira").directoryFault(null);
            sandbox.faults("jira").plant(HostFaults.Fault.DIRECTORY_SWALLOWS_OUTAGE, false);
            int addedAfter = add(http, "user12").statusCode();
            return new Outcome(before, refused.statusCode(), json(refused).get("code"),
                    sandbox.products("jira").directoryRefusals(), pluginLog, during, saved, status, addedAfter,
                    states(http));
        }
    }

    private static void joinEditorsGroup(Http http, String username) {
        assertThat(http.put("/rest/sandbox/1.0/groups/plainframe-editors/members/" + username, "",
                "Authorization", ADMIN).statusCode()).isEqualTo(204);
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
