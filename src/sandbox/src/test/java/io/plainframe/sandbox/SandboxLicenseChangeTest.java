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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15, items 12 and 13, over the REST API of both products with the sandbox's demo keys: a smaller, superseded
 * key is previewed with each loss and the editors who would wait, and applying it is refused (409) until the admin
 * confirms; a tampered key shows no field, a key for the other product shows its verified fields for that product,
 * and both say the current license stays.
 */
class SandboxLicenseChangeTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final List<String> DIRECT = List.of("user30", "user31", "user32", "user33", "user34", "user35",
            "user36", "user37", "user38");

    @TempDir
    static Path data;
    static Sandbox sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = new Sandbox(0, data, true);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void goingBackFromTheUpgradeToTheKeyItReplacedIsPreviewedAsALossAndNeedsAConfirmation(String product) {
        Http http = new Http(sandbox.baseUrl(product));
        Map<String, String> keys = SandboxHostTest.demoKeys(http);
        assertThat(apply(http, keys.get("demo-key-upgrade-25"), true).statusCode()).isEqualTo(200);
        groupMembersAreEditors(http);
        assertThat(http.post(REST + "/editors", "application/json", Json.write(Map.of("usernames", DIRECT)),
                "Authorization", basic("admin")).statusCode()).isEqualTo(200);

        Map<String, Object> preview = preview(http, keys.get("demo-key-10-editors"));
        assertThat(preview).containsEntry("valid", true).containsEntry("needsConfirmation", true)
                .containsEntry("waitingAfter", 2L);
        assertThat(map(preview, "effect")).containsEntry("code", "GOVERNS_WITH_LOSSES");
        assertThat(lossCodes(preview)).containsExactly("FEWER_SEATS", "EDITORS_LOSE_SEATS", "SUPERSEDED_LICENSE");
        assertThat(lossMessages(preview)).contains("Editor seats would go down from 25 to 10.",
                "2 editors would lose their seat and wait: user37, user38.");
        assertThat(((List<?>) preview.get("waitingEditors")).stream().map(e -> (Object) ((Map<?, ?>) e).get("username"))
                .toList()).containsExactly("user37", "user38");

        HttpResponse<String> refused = apply(http, keys.get("demo-key-10-editors"), null);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused)).containsEntry("code", "DOWNGRADE_NEEDS_CONFIRMATION");
        assertThat((String) json(refused).get("message")).startsWith("This key would lower what your current license "
                + "gives (3 losses");
        assertThat(lossCodes(json(refused))).containsExactly("FEWER_SEATS", "EDITORS_LOSE_SEATS",
                "SUPERSEDED_LICENSE");
        assertThat(seats(http)).as("nothing applied").containsEntry("limit", 25L);

        assertThat(apply(http, keys.get("demo-key-10-editors"), true).statusCode()).isEqualTo(200);
        assertThat(seats(http)).containsEntry("limit", 10L).containsEntry("waiting", 2L);
        // The negative control: the upgrade over the key it replaces loses nothing and is applied at once.
        assertThat(preview(http, keys.get("demo-key-upgrade-25"))).containsEntry("needsConfirmation", false);
        assertThat(apply(http, keys.get("demo-key-upgrade-25"), null).statusCode()).isEqualTo(200);
        assertThat(seats(http)).containsEntry("limit", 25L).containsEntry("waiting", 0L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void refusedKeysShowOnlyWhatTheirSignatureVouchesForAndTheCurrentLicenseStays(String product) {
        Http http = new Http(sandbox.baseUrl(product));
        Map<String, String> keys = SandboxHostTest.demoKeys(http);
        assertThat(apply(http, keys.get("demo-key-10-editors"), true).statusCode()).isEqualTo(200);

        Map<String, Object> tampered = preview(http, keys.get("demo-key-tampered"));
        assertThat(tampered).containsEntry("code", "BAD_SIGNATURE").containsEntry("verified", false)
                .doesNotContainKeys("editors", "licensee", "licenseId", "maintenanceEnd", "maintenanceEndText",
                        "product", "type");
        assertThat(tampered.toString()).doesNotContain("1000");
        assertThat(map(tampered, "effect")).containsEntry("code", "REFUSED_CURRENT_STAYS").containsEntry("message",
                "If applied: this key would not be accepted, and your current license stays in force.");
        assertThat(map(tampered, "reason")).containsEntry("code", "VENDOR_KEY");

        Map<String, Object> other = preview(http, keys.get("demo-key-other-product"));
        String otherProduct = "confluence".equals(product) ? "jira" : "confluence";
        assertThat(other).containsEntry("code", "WRONG_PRODUCT").containsEntry("verified", true)
                .containsEntry("product", otherProduct).containsEntry("editors", 10L);
        assertThat(map(other, "effect")).containsEntry("code", "REFUSED_CURRENT_STAYS");

        assertThat(apply(http, keys.get("demo-key-tampered"), null).statusCode()).isEqualTo(400);
        assertThat(json(http.get(REST + "/license", "Authorization", basic("admin")))).containsEntry("valid", true);
    }

    // Given -------------------------------------------------------------------------------------------------------

    /** The editors group's members (user01-user03) are editors once the plugin has synced with the directory. */
    private static void groupMembersAreEditors(Http http) {
        long until = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (total(http) < 3 && System.nanoTime() < until) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(total(http)).isEqualTo(3);
    }

    private static long total(Http http) {
        return (Long) json(http.get(REST + "/editors", "Authorization", basic("admin"))).get("total");
    }

    private static HttpResponse<String> apply(Http http, String key, Boolean acceptLosses) {
        return http.put(REST + "/license", Json.write(acceptLosses == null ? Map.of("key", key)
                : Map.of("key", key, "acceptLosses", acceptLosses)), "Authorization", basic("admin"));
    }

    private static Map<String, Object> preview(Http http, String key) {
        HttpResponse<String> response = http.post(REST + "/license/preview", "application/json",
                Json.write(Map.of("key", key)), "Authorization", basic("admin"));
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response);
    }

    private static Map<String, Object> seats(Http http) {
        return map(json(http.get(REST + "/license", "Authorization", basic("admin"))), "seats");
    }

    private static List<Object> lossCodes(Map<String, Object> json) {
        return ((List<?>) json.get("losses")).stream().map(l -> ((Map<?, ?>) l).get("code")).map(Object.class::cast)
                .toList();
    }

    private static List<Object> lossMessages(Map<String, Object> json) {
        return ((List<?>) json.get("losses")).stream().map(l -> ((Map<?, ?>) l).get("message"))
                .map(Object.class::cast).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> json, String key) {
        return (Map<String, Object>) json.get(key);
    }
}
