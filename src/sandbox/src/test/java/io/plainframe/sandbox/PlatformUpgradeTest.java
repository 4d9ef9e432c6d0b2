package io.plainframe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An install upgraded from line to line on the same data directory, as an admin upgrades the host and installs
 * the new line's jar: everything Plainframe keeps (license, editors, audit, wireframes) is still there, in both
 * products. Scripts sign in with personal access tokens, which Jira 11 takes where it refuses basic auth.
 */
class PlatformUpgradeTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final String ADMIN = "Bearer sandbox-token-admin";
    private static final String DOCUMENT = "{\"formatVersion\":1,\"width\":400,\"height\":300,\"controls\":["
            + "{\"id\":\"go\",\"type\":\"button\",\"x\":%d,\"y\":40,\"width\":120,\"height\":32,\"text\":\"Go\"}]}";

    @TempDir
    Path data;

    @Test
    void aPlatformSixInstallUpgradedToSevenThenEightKeepsLicenseEditorsAuditAndWireframes() throws Exception {
        Map<String, Object> kept = new HashMap<>();
        try (SandboxProcessTest.Running six = Lines.start(data, 6, "--reset")) {
            for (String product : Sandbox.PRODUCTS) {
                Http http = http(six, product);
                String key = SandboxHostTest.demoKeys(http).get("demo-key-10-editors");
                assertThat(http.put(REST + "/license", Json.write(Map.of("key", key)), "Authorization", ADMIN)
                        .statusCode()).isEqualTo(200);
                assertThat(http.post(REST + "/editors", "application/json", "{\"usernames\":[\"user07\"]}",
                        "Authorization", ADMIN).statusCode()).isEqualTo(200);
                assertThat(save(http, 1, 33).statusCode()).isEqualTo(200);
                kept.put(product, snapshot(http));
            }
            assertThat(six.stop()).contains("Stopped.");
        }
        for (int line : List.of(7, 8)) {
            try (SandboxProcessTest.Running upgraded = Lines.start(data, line)) {
                for (String product : Sandbox.PRODUCTS) {
                    Http http = http(upgraded, product);
                    assertThat(snapshot(http)).as("Platform %d, %s", line, product).isEqualTo(kept.get(product));
                    // A change on the new line is kept by the next one.
                    long version = (Long) Http.json(http.get(REST + "/wireframes/demo", "Authorization",
                            "Bearer sandbox-token-user07")).get("version");
                    assertThat(save(http, version, 30 + line).statusCode()).isEqualTo(200);
                    kept.put(product, snapshot(http));
                }
                assertThat(upgraded.stop()).contains("Stopped.");
            }
        }
        assertThat(kept.get("jira").toString()).contains("x=38");
    }

    /** What must survive: the governing license, the editors, the audit and the demo wireframe. */
    private static Map<String, Object> snapshot(Http http) {
        Map<String, Object> license = Http.json(http.get(REST + "/license", "Authorization", ADMIN));
        Map<String, Object> editors = Http.json(http.get(REST + "/editors", "Authorization", ADMIN));
        Map<String, Object> audit = Http.json(http.get(REST + "/audit?limit=100", "Authorization", ADMIN));
        Map<String, Object> wireframe = Http.json(http.get(REST + "/wireframes/demo", "Authorization",
                "Bearer sandbox-token-user45"));
        assertThat((List<?>) audit.get("events")).isNotEmpty();
        return Map.of("license", ((Map<?, ?>) license.get("governing")).get("licenseId"),
                "editors", editors.get("editors"), "audit", audit.get("events"),
                "wireframe", List.of(wireframe.get("version"), wireframe.get("document")));
    }

    private static HttpResponse<String> save(Http http, long version, int x) {
        return http.put(REST + "/wireframes/demo", "{\"version\":" + version + ",\"document\":"
                + String.format(DOCUMENT, x) + "}", "Authorization", "Bearer sandbox-token-user07");
    }

    private static Http http(SandboxProcessTest.Running running, String product) {
        return new Http("http://localhost:" + running.port() + "/" + product);
    }
}
