package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static io.plainframe.sandbox.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13: when the stored state is damaged in the database, an admin is never at a dead end. The damage is
 * reported, nothing is overwritten on its own, and the admin chooses: the version before, or a fresh start from
 * the license key. Either is audited, editing goes on, and the damaged text stays in the database.
 */
class SandboxRecoveryTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final String ADMIN = basic("admin");

    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void anAdminGoesBackToTheVersionBeforeADamagedState(String product) throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl(product));
            String key = SandboxHostTest.demoKeys(http).get("demo-key-10-editors");
            assertThat(http.put(REST + "/license", Json.write(Map.of("key", key)), "Authorization", ADMIN)
                    .statusCode()).isEqualTo(200);
            assertThat(addEditor(http, "user11")).isEqualTo(200);
            // The version before the damage, as stored: user11 beside the editors group's members (synced at start).
            List<String> before = usernames(http);
            assertThat(before).contains("user11").doesNotContain("user12");
            assertThat(addEditor(http, "user12")).isEqualTo(200);
            assertThat(json(http.get(REST + "/recovery", "Authorization", ADMIN))).containsEntry("damaged", false);

            String chunk = "io.plainframe." + product + ".state#" + revision(sandbox, product) + ".0";
            String damaged = sandbox.database().text("SELECT v FROM plugin_settings WHERE host = ? AND k = ?",
                    product, chunk).orElseThrow().replace("user12", "user13");
            sandbox.database().update("UPDATE plugin_settings SET v = ? WHERE host = ? AND k = ?", damaged, product,
                    chunk);

            assertThat(json(http.get(REST + "/license", "Authorization", ADMIN))).containsKey("storageProblem");
            assertThat(addEditor(http, "user14")).as("changes wait for the admin's choice").isEqualTo(500);
            Map<String, Object> options = json(http.get(REST + "/recovery", "Authorization", ADMIN));
            assertThat(options).containsEntry("damaged", true);
            assertThat((String) options.get("message")).contains("cannot be read", "Nothing has been overwritten");
            @SuppressWarnings("unchecked")
            Map<String, Object> previous = (Map<String, Object>) options.get("previous");
            assertThat(previous).containsEntry("editors", (long) before.size()).containsEntry("hasLicenseKey", true);
            assertThat(http.post(REST + "/recovery", "application/json", "{\"action\":\"restore-previous\"}",
                    "Authorization", basic("user11")).statusCode()).as("users may not").isEqualTo(403);

            HttpResponse<String> restored = http.post(REST + "/recovery", "application/json",
                    "{\"action\":\"restore-previous\"}", "Authorization", ADMIN);
            assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
            assertThat(json(http.get(REST + "/license", "Authorization", ADMIN))).doesNotContainKey("storageProblem");
            assertThat(usernames(http)).containsExactlyElementsOf(before);
            assertThat(addEditor(http, "user14")).isEqualTo(200);
            assertThat(http.get(REST + "/audit?limit=5", "Authorization", ADMIN).body())
                    .contains("replaced the unreadable settings with version");
            assertThat(sandbox.database().text("SELECT v FROM plugin_settings WHERE host = ? AND k = ?", product,
                    chunk)).as("the damaged text is kept").contains(damaged);
            assertThat(http.post(REST + "/recovery", "application/json", "{\"action\":\"restore-previous\"}",
                    "Authorization", ADMIN).statusCode()).as("nothing left to recover").isEqualTo(409);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void anAdminStartsAgainFromTheLicenseKeyWhenTheHeadItselfIsDamaged(String product) throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl(product));
            String key = SandboxHostTest.demoKeys(http).get("demo-key-10-editors");
            assertThat(http.put(REST + "/license", Json.write(Map.of("key", key)), "Authorization", ADMIN)
                    .statusCode()).isEqualTo(200);
            sandbox.database().update("UPDATE plugin_settings SET v = 'pf:{' WHERE host = ? AND k = ?", product,
                    "io.plainframe." + product + ".state");
            sandbox.database().update("DELETE FROM plugin_settings WHERE host = ? AND k = ?", product,
                    "io.plainframe." + product + ".state#previous");
            assertThat(json(http.get(REST + "/recovery", "Authorization", ADMIN))).containsEntry("damaged", true)
                    .containsEntry("previous", null);

            HttpResponse<String> refused = http.post(REST + "/recovery", "application/json",
                    "{\"action\":\"start-from-key\",\"key\":\"not a key\"}", "Authorization", ADMIN);
            assertThat(refused.statusCode()).isEqualTo(400);
            HttpResponse<String> started = http.post(REST + "/recovery", "application/json",
                    Json.write(Map.of("action", "start-from-key", "key", key)), "Authorization", ADMIN);
            assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
            Map<String, Object> license = json(http.get(REST + "/license", "Authorization", ADMIN));
            assertThat(license).doesNotContainKey("storageProblem").containsEntry("valid", true);
            assertThat(addEditor(http, "user11")).isEqualTo(200);
        }
    }

    private static int addEditor(Http http, String username) {
        return http.post(REST + "/editors", "application/json", "{\"usernames\":[\"" + username + "\"]}",
                "Authorization", ADMIN).statusCode();
    }

    private static List<String> usernames(Http http) {
        return ((List<?>) json(http.get(REST + "/editors", "Authorization", ADMIN)).get("editors")).stream()
                .map(editor -> (String) ((Map<?, ?>) editor).get("username")).toList();
    }

    private static long revision(Sandbox sandbox, String product) throws Exception {
        String head = sandbox.database().text("SELECT v FROM plugin_settings WHERE host = ? AND k = ?", product,
                "io.plainframe." + product + ".state").orElseThrow();
        return (Long) ((Map<?, ?>) Json.parse(head.substring("pf:".length()))).get("revision");
    }
}
