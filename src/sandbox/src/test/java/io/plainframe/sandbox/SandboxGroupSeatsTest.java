package io.plainframe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editors group's members (user01 to user03 in the sandbox's directory) hold their seats the moment a
 * license is applied to a freshly started product, in both products, without waiting for the background sync.
 */
class SandboxGroupSeatsTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final String ADMIN = Http.basic("admin");

    @TempDir
    Path data;

    @Test
    void theEditorsGroupsMembersAreLicensedAsSoonAsALicenseIsApplied() throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            for (String product : List.of("confluence", "jira")) {
                Http http = new Http(sandbox.baseUrl(product));
                String key = SandboxHostTest.demoKeys(http).get("demo-key-10-editors");
                assertThat(http.put(REST + "/license", Json.write(Map.of("key", key)), "Authorization", ADMIN)
                        .statusCode()).isEqualTo(200);
                assertThat(states(http)).as(product).containsEntry("user01", "LICENSED")
                        .containsEntry("user02", "LICENSED").containsEntry("user03", "LICENSED")
                        .containsEntry("user04", null);
            }
        }
    }

    /** The state the admin page's user picker shows for each of user01 to user04 (the plugin searches exact names). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> states(Http http) {
        Map<String, Object> states = new LinkedHashMap<>();
        for (String username : List.of("user01", "user02", "user03", "user04")) {
            List<Object> users = (List<Object>) Http.json(http.get(REST + "/users?query=" + username,
                    "Authorization", ADMIN)).get("users");
            assertThat(users).as("the directory knows %s", username).hasSize(1);
            states.put(username, ((Map<String, Object>) users.get(0)).get("state"));
        }
        return states;
    }
}
