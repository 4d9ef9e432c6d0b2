package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static io.plainframe.sandbox.Http.json;
import static io.plainframe.sandbox.SandboxWireframesTest.license;
import static io.plainframe.sandbox.SandboxWireframesTest.save;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.plainframe.licensing.json.Json;
import io.plainframe.sandbox.host.ProductServices;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, a wireframe's history and its safety, through the real plugin jars in both products: what a save,
 * a delete and the versions list leave in the host's attachments (Confluence: versions of one page attachment;
 * Jira: one issue attachment per version).
 */
class SandboxWireframeHistoryTest {

    private static final String REST = "/rest/plainframe/1.0";

    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void savingTheSameDocumentAgainAddsNoAttachmentVersion(String product) throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl(product));
            license(http, "user01", "user02");
            assertThat(json(save(http, "user01", "demo", 1, 10, null))).containsEntry("version", 2L);
            int versions = versions(sandbox, product);

            HttpResponse<String> again = save(http, "user02", "demo", 2, 10, null);

            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(json(again)).containsEntry("version", 2L);
            assertThat(versions(sandbox, product)).as("attachment versions").isEqualTo(versions);
            assertThat(json(save(http, "user02", "demo", 2, 11, null))).containsEntry("version", 3L);
            assertThat(versions(sandbox, product)).isEqualTo(versions + 1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void anEditorDeletesTheWireframeViewersSeeItGoneAndTheAuditSaysWhoDeletedWhich(String product)
            throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl(product));
            license(http, "user01", "user02");
            assertThat(json(save(http, "user01", "demo", 1, 10, null))).containsEntry("version", 2L);

            assertThat(code(http.delete(REST + "/wireframes/demo", "X-Atlassian-Token", "no-check")))
                    .containsExactly(401, "NOT_SIGNED_IN");
            assertThat(code(http.delete(REST + "/wireframes/demo", "Authorization", basic("user45"))))
                    .as("a reader").containsExactly(403, "NO_EDIT_PERMISSION");
            assertThat(code(http.delete(REST + "/wireframes/demo", "Authorization", basic("user20"))))
                    .as("no seat").containsExactly(403, "NO_SEAT");
            assertThat(code(http.delete(REST + "/wireframes/demo?version=1", "Authorization", basic("user01"))))
                    .as("stale").containsExactly(409, "CONFLICT");
            assertThat(versions(sandbox, product)).as("nothing deleted yet").isEqualTo(2);

            HttpResponse<String> deleted = http.delete(REST + "/wireframes/demo?version=2", "Authorization",
                    basic("user02"));

            assertThat(deleted.statusCode()).isEqualTo(200);
            assertThat(json(deleted)).containsEntry("deleted", true);
            assertThat(versions(sandbox, product)).as("attachments left").isZero();
            assertThat(code(http.get(REST + "/wireframes/demo", "Authorization", basic("user45"))))
                    .containsExactly(404, "NOT_FOUND");
            assertThat(code(http.delete(REST + "/wireframes/demo", "Authorization", basic("user01"))))
                    .as("already gone").containsExactly(404, "NOT_FOUND");
            http.logIn("user45", "user45");
            String page = http.get("confluence".equals(product) ? "/display/DEMO/Demo+Page" : "/browse/DEMO-1")
                    .body();
            if ("confluence".equals(product)) {
                // The macro's container (its attributes, then the limits for the editor) holds "not drawn yet".
                assertThat(page).containsPattern("data-wireframe-id=\"demo\" data-version=\"0\"[^>]*>"
                        + "<p class=\"plainframe-empty\">");
            } else {
                assertThat(page).doesNotContain("data-wireframe-id=\"demo\"").contains("<h2>Wireframes</h2>");
            }
            Map<String, Object> audit = asMap(((List<?>) json(http.get(REST + "/audit?limit=5", "Authorization",
                    basic("admin"))).get("events")).get(0));
            assertThat(audit).containsEntry("action", "WIREFRAME_DELETED").containsEntry("actor", "user02")
                    .containsEntry("subject", "demo");
            assertThat((String) audit.get("message")).startsWith("user02 deleted the wireframe demo of page or issue ");

            assertThat(json(save(http, "user01", "demo", 0, 5, "confluence".equals(product) ? "1001" : "DEMO-1")))
                    .as("drawn anew").containsEntry("id", "demo").containsEntry("version", 1L);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void theVersionsSayWhoSavedEachAndWhenAndAnOlderOneIsRestoredAsANewVersion(String product) throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl(product));
            license(http, "user01", "user02");
            save(http, "user01", "demo", 1, 20, null);
            save(http, "user02", "demo", 2, 30, null);

            Map<String, Object> listed = json(http.get(REST + "/wireframes/demo/versions", "Authorization",
                    basic("user45")));
            assertThat(listed).containsEntry("version", 3L);
            List<?> versions = (List<?>) listed.get("versions");
            assertThat(versions).extracting(version -> asMap(version).get("version")).containsExactly(3L, 2L, 1L);
            assertThat(asMap(versions.get(0))).containsEntry("userKey", "key-user02")
                    .containsEntry("displayName", "User 02").containsEntry("plainframe", true);
            assertThat(asMap(versions.get(1))).containsEntry("userKey", "key-user01")
                    .containsEntry("displayName", "User 01").containsEntry("plainframe", true);
            assertThat(Instant.parse((String) asMap(versions.get(0)).get("at")))
                    .isAfter(Instant.now().minusSeconds(120));
            assertThat((String) asMap(versions.get(0)).get("atText")).isNotBlank();
            assertThat((Long) asMap(versions.get(0)).get("size")).isPositive();

            Map<String, Object> second = json(http.get(REST + "/wireframes/demo/versions/2", "Authorization",
                    basic("user45")));
            assertThat(second).containsEntry("version", 2L).containsEntry("plainframe", true);
            assertThat(Json.write(second.get("document"))).contains("\"x\":20");
            assertThat(code(http.get(REST + "/wireframes/demo/versions/2"))).containsExactly(401, "NOT_SIGNED_IN");

            // Restore: the old document saved over the latest version, as any save.
            HttpResponse<String> restored = http.put(REST + "/wireframes/demo", "{\"version\":3,\"document\":"
                    + Json.write(second.get("document")) + "}", "Authorization", basic("user01"));
            assertThat(json(restored)).containsEntry("version", 4L);
            assertThat(Json.write(json(http.get(REST + "/wireframes/demo", "Authorization", basic("user45")))
                    .get("document"))).contains("\"x\":20");
            assertThat((List<?>) json(http.get(REST + "/wireframes/demo/versions", "Authorization", basic("user45")))
                    .get("versions")).hasSize(4);
        }
    }

    /** An attachment version uploaded by hand is listed, never served as Plainframe's. */
    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void aVersionUploadedByHandIsListedAsNotPlainframesAndItsDocumentIsNotServed(String product) throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl(product));
            license(http, "user01");
            save(http, "user01", "demo", 1, 20, null);
            String forged = "{\"formatVersion\":1,\"width\":400,\"height\":300,\"controls\":[]}";
            HttpResponse<String> upload = "confluence".equals(product)
                    ? http.post("/rest/api/content/1001/child/attachment?name=plainframe-demo.json", "application/json",
                            forged, "Authorization", basic("user20"), "X-Atlassian-Token", "no-check")
                    : http.post("/rest/api/2/issue/DEMO-1/attachments?name=plainframe-demo.v3.json", "application/json",
                            forged, "Authorization", basic("user20"), "X-Atlassian-Token", "no-check");
            assertThat(upload.statusCode()).isEqualTo(200);

            List<?> versions = (List<?>) json(http.get(REST + "/wireframes/demo/versions", "Authorization",
                    basic("user45"))).get("versions");
            assertThat(versions).extracting(version -> asMap(version).get("version"),
                    version -> asMap(version).get("plainframe")).containsExactly(tuple(3L, false), tuple(2L, true),
                    tuple(1L, true));
            Map<String, Object> third = json(http.get(REST + "/wireframes/demo/versions/3", "Authorization",
                    basic("user45")));
            assertThat(third).containsEntry("plainframe", false).containsEntry("document", null);
            assertThat((String) third.get("notice")).contains("not saved in Plainframe");
        }
    }

    /** Hostile version numbers and ids in the paths of the new endpoints: refused with 400 or 404, nothing changed. */
    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void hostileVersionsAndIdsInThePathAreRefusedAndNothingChanges(String product) throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl(product));
            license(http, "user01");
            for (String version : List.of("0", "-1", "1e3", "01", "99999999999999999999", "%00", "1%20", "x".repeat(
                    5000), "%F0%9F%98%80")) {
                assertThat(http.get(REST + "/wireframes/demo/versions/" + version, "Authorization", basic("user01"))
                        .statusCode()).as("version %.20s", version).isIn(400, 404);
                assertThat(http.delete(REST + "/wireframes/demo?version=" + version, "Authorization",
                        basic("user01")).statusCode()).as("delete at %.20s", version).isIn(400, 404);
            }
            for (String id : List.of("NOT_AN_ID", "a".repeat(41), "%2e%2e", "demo%00")) {
                for (HttpResponse<String> answer : List.of(http.get(REST + "/wireframes/" + id + "/versions",
                        "Authorization", basic("user01")), http.put(REST + "/wireframes/" + id + "/editing", "{}",
                        "Authorization", basic("user01")), http.delete(REST + "/wireframes/" + id, "Authorization",
                        basic("user01")))) {
                    assertThat(answer.statusCode()).as("id %.20s", id).isIn(400, 404);
                }
            }
            assertThat(versions(sandbox, product)).as("nothing deleted").isEqualTo(1);
            assertThat(json(http.get(REST + "/wireframes/demo", "Authorization", basic("user45"))))
                    .containsEntry("version", 1L);
        }
    }

    private static List<Object> code(HttpResponse<String> response) {
        return Arrays.asList(response.statusCode(), json(response).get("code"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object json) {
        return (Map<String, Object>) json;
    }

    /** How many versions of the demo wireframe the product keeps as attachments. */
    static int versions(Sandbox sandbox, String product) throws SQLException {
        return "confluence".equals(product)
                ? sandbox.database().count("SELECT COUNT(*) FROM attachments WHERE page_id = 1001 AND file_name = ?",
                        "plainframe-demo.json")
                : sandbox.database().count("SELECT COUNT(*) FROM jira_attachments WHERE issue_id = ? AND file_name "
                        + "LIKE 'plainframe-demo.v%'", ProductServices.demoIssueId());
    }
}
