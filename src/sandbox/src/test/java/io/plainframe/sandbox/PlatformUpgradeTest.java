package io.plainframe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.json.Json;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
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
                kept.put(product, install(http(six, product)));
            }
            assertThat(six.stop()).contains("Stopped.");
        }
        for (int line : List.of(7, 8)) {
            try (SandboxProcessTest.Running upgraded = Lines.start(data, line)) {
                for (String product : Sandbox.PRODUCTS) {
                    Http http = http(upgraded, product);
                    assertKept(http, kept.get(product), "Platform " + line + ", " + product);
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

    /**
     * The negative control of the upgrade's check: an upgrade that loses what the install kept (here the new
     * line's jar started on a reset data directory, as an install that did not find its data would be) fails it.
     */
    @Test
    void anUpgradeThatLostTheInstallsDataIsCaughtByTheCheck() throws Exception {
        Map<String, Object> kept = new HashMap<>();
        try (SandboxProcessTest.Running six = Lines.start(data, 6, "--reset")) {
            kept.put("jira", install(http(six, "jira")));
            assertThat(six.stop()).contains("Stopped.");
        }
        try (SandboxProcessTest.Running seven = Lines.start(data, 7, "--reset")) {
            Http http = http(seven, "jira");
            assertThatThrownBy(() -> assertKept(http, kept.get("jira"), "Platform 7, jira"))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("Platform 7, jira");
            assertThat(seven.stop()).contains("Stopped.");
        }
    }

    /** A license, an editor, a saved wireframe and their audit on the first line; answers what must survive. */
    private static Map<String, Object> install(Http http) {
        String key = SandboxHostTest.demoKeys(http).get("demo-key-10-editors");
        assertThat(http.put(REST + "/license", Json.write(Map.of("key", key)), "Authorization", ADMIN)
                .statusCode()).isEqualTo(200);
        assertThat(http.post(REST + "/editors", "application/json", "{\"usernames\":[\"user07\"]}",
                "Authorization", ADMIN).statusCode()).isEqualTo(200);
        assertThat(save(http, 1, 33).statusCode()).isEqualTo(200);
        Map<String, Object> installed = snapshot(http);
        assertThat((List<?>) installed.get("audit")).as("audited on the first line").isNotEmpty();
        return installed;
    }

    private static void assertKept(Http http, Object kept, String where) {
        assertThat(snapshot(http)).as(where).isEqualTo(kept);
    }

    /** What must survive: the governing license, the editors, the audit and the demo wireframe. */
    private static Map<String, Object> snapshot(Http http) {
        Map<String, Object> license = Http.json(http.get(REST + "/license", "Authorization", ADMIN));
        Map<String, Object> editors = Http.json(http.get(REST + "/editors", "Authorization", ADMIN));
        Map<String, Object> audit = Http.json(http.get(REST + "/audit?limit=100", "Authorization", ADMIN));
        Map<String, Object> wireframe = Http.json(http.get(REST + "/wireframes/demo", "Authorization",
                "Bearer sandbox-token-user45"));
        Map<?, ?> governing = (Map<?, ?>) license.get("governing");
        // Absent parts are kept as null, so a lost part fails the comparison rather than the snapshot.
        Map<String, Object> snapshot = new HashMap<>();
        snapshot.put("license", governing == null ? null : governing.get("licenseId"));
        snapshot.put("editors", editors.get("editors"));
        snapshot.put("audit", audit.get("events"));
        snapshot.put("wireframe", Arrays.asList(wireframe.get("version"), wireframe.get("document")));
        return snapshot;
    }

    private static HttpResponse<String> save(Http http, long version, int x) {
        return http.put(REST + "/wireframes/demo", "{\"version\":" + version + ",\"document\":"
                + String.format(DOCUMENT, x) + "}", "Authorization", "Bearer sandbox-token-user07");
    }

    private static Http http(SandboxProcessTest.Running running, String product) {
        return new Http("http://localhost:" + running.port() + "/" + product);
    }
}
