package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static io.plainframe.sandbox.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.json.Json;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Wireframes in the sandbox over HTTP, through the real plugin jars: the demo page and DEMO-1 hold the wireframe
 * {@code demo} from the start, the Confluence macro and the Jira issue panel render it as SVG, the REST API answers
 * every status of SPEC 6 as the hosts mount it, and saved wireframes survive a restart (Confluence keeps them
 * as page attachments, Jira as issue attachments).
 */
class SandboxWireframesTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final String DOCUMENT = "{\"formatVersion\":1,\"width\":400,\"height\":300,\"controls\":["
            + "{\"id\":\"go\",\"type\":\"button\",\"x\":%d,\"y\":40,\"width\":120,\"height\":32,\"text\":\"Go\"}]}";

    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void theDemoContentHoldsTheDemoWireframeRenderedOnTheServer(String product) throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl(product));
            Map<String, Object> demo = json(http.get(REST + "/wireframes/demo", "Authorization", basic("user45")));
            assertThat(demo).containsEntry("id", "demo").containsEntry("version", 1L).containsEntry("canEdit", false);
            assertThat(asMap(demo.get("document"))).containsEntry("formatVersion", 1L);

            http.logIn("user45", "user45");
            String page = http.get("confluence".equals(product) ? "/display/DEMO/Demo+Page" : "/browse/DEMO-1")
                    .body();
            String contentId = "confluence".equals(product) ? "1001" : "DEMO-1";
            assertThat(page).contains("<div class=\"plainframe-wireframe\" data-content-id=\"" + contentId
                    + "\" data-wireframe-id=\"demo\" data-version=\"1\" data-plainframe-limits=\"{&quot;")
                    .containsPattern("data-plainframe-limits=\"[^\"<>]*\"><div class=\"plainframe-figure\"><svg ")
                    .contains(">Create your account<")
                    .contains("plainframe-content.js").contains("plainframe-editor.js");
            if ("confluence".equals(product)) {
                assertThat(page).containsPattern("data-wireframe-id=\"sketch\" data-version=\"0\" "
                        + "data-plainframe-limits=\"[^\"<>]*\"><p class=\"plainframe-empty\">");
            } else {
                assertThat(page).contains("<h2>Wireframes</h2>").contains("data-wireframe-new=\"true\"");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void everyStatusOfTheWireframeApi(String product) throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl(product));
            String contentId = "confluence".equals(product) ? "1001" : "DEMO-1";
            assertThat(save(http, "user01", "demo", 1, 10, null).statusCode()).as("no license yet").isEqualTo(403);
            license(http, "user01", "user02");

            assertThat(http.get(REST + "/wireframes/demo").statusCode()).isEqualTo(401);
            assertThat(http.get(REST + "/wireframes/NOT_AN_ID", "Authorization", basic("user01")).statusCode())
                    .isEqualTo(400);
            assertThat(http.get(REST + "/wireframes/nothing-here", "Authorization", basic("user01")).statusCode())
                    .isEqualTo(404);
            HttpResponse<String> saved = save(http, "user01", "demo", 1, 10, null);
            assertThat(saved.statusCode()).isEqualTo(200);
            assertThat(json(saved)).containsEntry("id", "demo").containsEntry("version", 2L);
            HttpResponse<String> late = save(http, "user02", "demo", 1, 90, null);
            assertThat(late.statusCode()).isEqualTo(409);
            assertThat(json(late)).containsEntry("code", "CONFLICT").containsEntry("version", 2L);
            HttpResponse<String> reader = save(http, "user45", "demo", 2, 10, null);
            assertThat(reader.statusCode()).isEqualTo(403);
            assertThat(json(reader)).containsEntry("code", "NO_EDIT_PERMISSION");
            HttpResponse<String> noSeat = save(http, "user20", "demo", 2, 10, null);
            assertThat(json(noSeat)).containsEntry("code", "NO_SEAT");
            HttpResponse<String> outside = save(http, "user01", "demo", 2, 390, null);
            assertThat(outside.statusCode()).isEqualTo(400);
            assertThat(json(outside)).containsEntry("code", "INVALID_WIREFRAME")
                    .containsEntry("path", "$.document.controls[0]");
            HttpResponse<String> huge = http.put(REST + "/wireframes/demo", "{\"version\":2,\"document\":\""
                    + "x".repeat(600 * 1024) + "\"}", "Authorization", basic("user01"));
            assertThat(huge.statusCode()).isEqualTo(413);
            HttpResponse<String> created = save(http, "user02", "login-form", 0, 10, contentId);
            assertThat(json(created)).containsEntry("version", 1L);
            assertThat(save(http, "user01", "login-form", 0, 10, contentId).statusCode()).isEqualTo(409);
            assertThat(save(http, "user01", "elsewhere", 0, 10, "confluence".equals(product) ? "2002" : "DEMO-9")
                    .statusCode()).isEqualTo(404);
            assertThat(json(http.get(REST + "/wireframes/demo", "Authorization", basic("user45"))))
                    .containsEntry("version", 2L);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"confluence", "jira"})
    void savedWireframesSurviveARestartAndTheDemoIsNotSeededAgain(String product) throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl(product));
            license(http, "user01");
            assertThat(save(http, "user01", "demo", 1, 50, null).statusCode()).isEqualTo(200);
        }
        try (Sandbox again = new Sandbox(0, data, false)) {
            Map<String, Object> demo = json(new Http(again.baseUrl(product)).get(REST + "/wireframes/demo",
                    "Authorization", basic("user01")));
            assertThat(demo).containsEntry("version", 2L);
            assertThat(Json.write(demo.get("document"))).contains("\"x\":50");
        }
    }

    /**
     * A user without a seat who may attach files to the page uploads a new version of the demo wireframe's
     * attachment through Confluence's own upload, as an attacker would: readers never get it as the wireframe,
     * and a licensed editor's save does not build on it unless it says it replaces it.
     */
    @org.junit.jupiter.api.Test
    void anAttachmentVersionUploadedOutsidePlainframeIsNeverShownOrSavedThroughAsTheWireframe() throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl("confluence"));
            license(http, "user01");
            String forged = String.format(DOCUMENT, 10).replace("\"Go\"", "\"Forged by user20\"");
            HttpResponse<String> upload = http.post("/rest/api/content/1001/child/attachment?name=plainframe-demo.json",
                    "application/json", forged, "Authorization", basic("user20"), "X-Atlassian-Token", "no-check");
            assertThat(upload.statusCode()).isEqualTo(200);

            Map<String, Object> read = json(http.get(REST + "/wireframes/demo", "Authorization", basic("user45")));
            assertThat(read).containsEntry("changedOutside", true).containsEntry("version", 2L)
                    .containsEntry("signedVersion", 1L);
            assertThat(Json.write(read.get("document"))).contains("Create your account").doesNotContain("Forged");
            http.logIn("user45", "user45");
            String page = http.get("/display/DEMO/Demo+Page").body();
            assertThat(page).doesNotContain("Forged").contains("plainframe-changed-outside")
                    .contains("data-wireframe-id=\"demo\" data-version=\"2\"");

            HttpResponse<String> onTop = save(http, "user01", "demo", 2, 50, null);
            assertThat(onTop.statusCode()).isEqualTo(409);
            assertThat(json(onTop)).containsEntry("code", "CHANGED_OUTSIDE").containsEntry("version", 2L);
            assertThat(replace(http, "user20", 2).statusCode()).as("no seat").isEqualTo(403);
            HttpResponse<String> replaced = replace(http, "user01", 2);
            assertThat(replaced.statusCode()).isEqualTo(200);
            assertThat(json(replaced)).containsEntry("version", 3L);
            Map<String, Object> after = json(http.get(REST + "/wireframes/demo", "Authorization", basic("user45")));
            assertThat(after).containsEntry("version", 3L).doesNotContainKey("changedOutside");
            assertThat(Json.write(after.get("document"))).contains("\"x\":70");
        }
    }

    /**
     * Issue 15: wireframes are page attachments, so saving one asks what Confluence asks of an upload. user02 may
     * edit the demo page but has no Add Attachments permission in its space: their save is refused with a message
     * saying so, as is their upload through Confluence's own REST API. user01's saves are minor changes that
     * notify none of the page's watchers.
     */
    @org.junit.jupiter.api.Test
    void aSaveNeedsTheSpacesAttachmentPermissionAndNotifiesNoWatcher() throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl("confluence"));
            license(http, "user01", "user02");
            sandbox.products("confluence").denyAttachments("user02");
            int notifications = sandbox.attachments("confluence").notificationsSent();

            HttpResponse<String> refused = save(http, "user02", "demo", 1, 10, null);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(json(refused)).containsEntry("code", "NO_ATTACHMENT_PERMISSION");
            assertThat((String) json(refused).get("message")).contains("Add Attachments").contains("Nothing was saved");
            assertThat(http.post("/rest/api/content/1001/child/attachment?name=plainframe-demo.json",
                    "application/json", "{}", "Authorization", basic("user02"), "X-Atlassian-Token", "no-check")
                    .statusCode()).as("Confluence's own upload").isEqualTo(403);
            assertThat(json(http.get(REST + "/wireframes/demo", "Authorization", basic("user01"))))
                    .containsEntry("version", 1L);

            assertThat(save(http, "user01", "demo", 1, 10, null).statusCode()).isEqualTo(200);
            assertThat(save(http, "user01", "demo", 2, 20, null).statusCode()).isEqualTo(200);
            assertThat(save(http, "user01", "login-form", 0, 10, "1001").statusCode()).isEqualTo(200);
            assertThat(sandbox.attachments("confluence").notificationsSent()).as("watchers notified")
                    .isEqualTo(notifications);
        }
    }

    /**
     * Issue 15: while an administrator has Confluence in read-only mode (Data Center maintenance), saves and admin
     * changes are refused with a message saying so, and everything can still be read; off again, saves work.
     */
    @org.junit.jupiter.api.Test
    void inReadOnlyModeChangesAreRefusedWithAMessageAndReadsGoOn() throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl("confluence"));
            license(http, "user01");
            assertThat(http.put("/rest/api/accessmode", "\"READ_ONLY\"", "Authorization", basic("user01"))
                    .statusCode()).as("not an admin").isEqualTo(403);
            assertThat(http.put("/rest/api/accessmode", "\"READ_ONLY\"", "Authorization", basic("admin")).body())
                    .isEqualTo("\"READ_ONLY\"");

            HttpResponse<String> save = save(http, "user01", "demo", 1, 10, null);
            assertThat(save.statusCode()).isEqualTo(503);
            assertThat(json(save)).containsEntry("code", "READ_ONLY");
            assertThat((String) json(save).get("message")).contains("read-only mode").contains("can still be read");
            HttpResponse<String> admin = http.post(REST + "/editors", "application/json", Json.write(Map.of(
                    "usernames", java.util.List.of("user02"))), "Authorization", basic("admin"));
            assertThat(admin.statusCode()).as("an admin change").isEqualTo(503);
            assertThat(json(admin)).containsEntry("code", "READ_ONLY");
            assertThat(http.post("/rest/api/content/1001/child/attachment?name=plainframe-demo.json",
                    "application/json", "{}", "Authorization", basic("user01"), "X-Atlassian-Token", "no-check")
                    .statusCode()).as("Confluence's own upload").isEqualTo(503);

            assertThat(json(http.get(REST + "/wireframes/demo", "Authorization", basic("user01"))))
                    .containsEntry("version", 1L);
            assertThat(http.get(REST + "/license", "Authorization", basic("admin")).statusCode()).isEqualTo(200);
            assertThat(http.post(REST + "/license/preview", "application/json", Json.write(Map.of("key",
                    SandboxHostTest.demoKeys(http).get("demo-key-upgrade-25"))), "Authorization", basic("admin"))
                    .statusCode()).as("a preview changes nothing").isEqualTo(200);
            assertThat(save(http, "user01", "demo", 1, 10, null).statusCode()).as("still read-only").isEqualTo(503);

            http.put("/rest/api/accessmode", "\"READ_WRITE\"", "Authorization", basic("admin"));
            assertThat(save(http, "user01", "demo", 1, 10, null).statusCode()).isEqualTo(200);
        }
    }

    /**
     * Issue 13: user45 may only read the demo page but has a seat and a page of their own (1002). Claiming the id
     * of the demo page's undrawn macro "sketch" for their page does not put their drawing on the demo page, and
     * its editors still draw the demo page's own.
     */
    @org.junit.jupiter.api.Test
    void aReaderOfThePageCannotPutTheirDrawingInItsMacroByNamingTheirOwnPage() throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl("confluence"));
            license(http, "user01", "user45");
            HttpResponse<String> claimed = http.put(REST + "/wireframes/sketch", "{\"version\":0,\"contentId\":"
                    + "\"1002\",\"document\":" + String.format(DOCUMENT, 10).replace("\"Go\"", "\"Mine\"") + "}",
                    "Authorization", basic("user45"));
            assertThat(json(claimed)).containsEntry("id", "sketch");
            http.logIn("user45", "user45");
            assertThat(http.get("/display/DEMO/Demo+Page").body()).doesNotContain(">Mine<")
                    .contains("data-content-id=\"1001\" data-wireframe-id=\"sketch\" data-version=\"0\" data-");

            HttpResponse<String> drawn = save(http, "user01", "sketch", 0, 30, "1001");
            assertThat(drawn.statusCode()).isEqualTo(200);
            String own = (String) json(drawn).get("id");
            assertThat(own).startsWith("sketch-");
            assertThat(http.get("/display/DEMO/Demo+Page").body()).doesNotContain(">Mine<")
                    .contains("data-content-id=\"1001\" data-wireframe-id=\"" + own
                            + "\" data-version=\"1\" data-plainframe-limits=");
            assertThat(save(http, "user45", own, 1, 10, null).statusCode()).as("a reader of the page").isEqualTo(403);
        }
    }

    private static HttpResponse<String> replace(Http http, String user, long version) {
        return http.put(REST + "/wireframes/demo", "{\"version\":" + version + ",\"replaceOutsideChange\":true,"
                + "\"document\":" + String.format(DOCUMENT, 70) + "}", "Authorization", basic(user));
    }

    static void license(Http http, String... editors) {
        String key = SandboxHostTest.demoKeys(http).get("demo-key-10-editors");
        assertThat(http.put(REST + "/license", Json.write(Map.of("key", key)), "Authorization", basic("admin"))
                .statusCode()).isEqualTo(200);
        assertThat(http.post(REST + "/editors", "application/json", Json.write(Map.of("usernames",
                java.util.List.of(editors))), "Authorization", basic("admin")).statusCode()).isEqualTo(200);
    }

    static HttpResponse<String> save(Http http, String user, String id, long version, int x,
                                     String contentId) {
        String body = "{\"version\":" + version + (contentId == null ? "" : ",\"contentId\":\"" + contentId + "\"")
                + ",\"document\":" + String.format(DOCUMENT, x) + "}";
        return http.put(REST + "/wireframes/" + id, body, "Authorization", basic(user));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object json) {
        return (Map<String, Object>) json;
    }
}
