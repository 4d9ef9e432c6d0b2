package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.basic;
import static io.plainframe.sandbox.Http.json;
import static io.plainframe.sandbox.SandboxWireframesTest.license;
import static io.plainframe.sandbox.SandboxWireframesTest.save;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.issue.attachment.Attachment;
import io.plainframe.licensing.json.Json;
import io.plainframe.sandbox.host.ProductServices;
import io.plainframe.sandbox.plugin.LoadedPlugin;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: Jira wireframes are attachments of their issue (one per saved version, the last ten kept), written
 * through Jira's attachment manager over the sandbox's attachment table and files, never the plugin's global
 * settings; saves need Jira's Create Attachments permission; wireframes an older build kept in the settings move
 * to attachments when first read.
 */
class SandboxJiraAttachmentsTest {

    private static final String REST = "/rest/plainframe/1.0";
    private static final long ISSUE = ProductServices.demoIssueId();

    @TempDir
    Path data;

    @Test
    void aSavedJiraWireframeIsAnAttachmentOfItsIssueAndNotInThePluginsSettings() throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl("jira"));
            license(http, "user01", "user02");
            assertThat(save(http, "user01", "demo", 1, 77, null).statusCode()).isEqualTo(200);

            List<Attachment> attached = sandbox.jiraAttachments().attachmentsOf(ISSUE);
            assertThat(attached).extracting(Attachment::getFilename)
                    .containsExactly("plainframe-demo.v1.json", "plainframe-demo.v2.json");
            assertThat(attached.get(1).getAuthorKey()).isEqualTo("key-user01");
            assertThat(attached.get(1).getMimetype()).isEqualTo("application/json");
            Path file = data.resolve("jira-attachments").resolve(Long.toString(ISSUE))
                    .resolve(Long.toString(attached.get(1).getId()));
            assertThat(Files.readString(file)).contains("\"x\":77");
            assertThat(sandbox.database().count("SELECT COUNT(*) FROM plugin_settings WHERE host = 'jira' AND "
                    + "k LIKE '%wf.doc.%'")).as("no document in the plugin's settings").isZero();

            HttpResponse<String> late = save(http, "user02", "demo", 1, 90, null);
            assertThat(late.statusCode()).isEqualTo(409);
            assertThat(json(late)).containsEntry("code", "CONFLICT").containsEntry("version", 2L);
            for (long version = 2; version < 14; version++) {
                assertThat(save(http, "user02", "demo", version, (int) version, null).statusCode()).isEqualTo(200);
            }
            assertThat(sandbox.jiraAttachments().attachmentsOf(ISSUE)).as("the last ten versions stay")
                    .extracting(Attachment::getFilename).hasSize(10)
                    .contains("plainframe-demo.v14.json", "plainframe-demo.v5.json")
                    .doesNotContain("plainframe-demo.v4.json");
            assertThat(json(http.get(REST + "/wireframes/demo", "Authorization", basic("user45"))))
                    .containsEntry("version", 14L);
        }
        try (Sandbox again = new Sandbox(0, data, false)) {
            assertThat(json(new Http(again.baseUrl("jira")).get(REST + "/wireframes/demo", "Authorization",
                    basic("user01")))).containsEntry("version", 14L);
        }
    }

    @Test
    void aLicensedEditorWithoutCreateAttachmentsIsRefusedWithAClearCodeAndNothingIsAttached() throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl("jira"));
            license(http, "user01", "user02");
            sandbox.products("jira").denyAttachments("user02");

            HttpResponse<String> refused = save(http, "user02", "demo", 1, 10, null);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(json(refused)).containsEntry("code", "NO_ATTACHMENT_PERMISSION");
            assertThat((String) json(refused).get("message")).contains("Create Attachments");
            assertThat(sandbox.jiraAttachments().attachmentsOf(ISSUE)).extracting(Attachment::getFilename)
                    .containsExactly("plainframe-demo.v1.json");
            assertThat(save(http, "user01", "demo", 1, 10, null).statusCode()).isEqualTo(200);
        }
    }

    /**
     * A user without a seat who may attach files to DEMO-1 attaches a file named as the demo wireframe's next
     * version through Jira's own upload: readers never get it as the wireframe.
     */
    @Test
    void aFileAttachedByHandUnderAVersionsNameIsNeverShownAsTheWireframe() throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl("jira"));
            license(http, "user01");
            HttpResponse<String> upload = http.post("/rest/api/2/issue/DEMO-1/attachments?name=plainframe-demo.v2"
                    + ".json", "application/json", "{\"formatVersion\":1,\"width\":400,\"height\":300,\"controls\":"
                    + "[{\"id\":\"f\",\"type\":\"label\",\"x\":1,\"y\":1,\"width\":90,\"height\":20,\"text\":"
                    + "\"Forged\"}]}", "Authorization", basic("user20"), "X-Atlassian-Token", "no-check");
            assertThat(upload.statusCode()).isEqualTo(200);
            assertThat(http.post("/rest/api/2/issue/DEMO-1/attachments?name=x.json", "application/json", "{}",
                    "Authorization", basic("user45"), "X-Atlassian-Token", "no-check").statusCode())
                    .as("a reader may not attach files").isEqualTo(403);

            Map<String, Object> read = json(http.get(REST + "/wireframes/demo", "Authorization", basic("user45")));
            assertThat(read).containsEntry("changedOutside", true).containsEntry("version", 2L)
                    .containsEntry("signedVersion", 1L);
            assertThat(Json.write(read.get("document"))).doesNotContain("Forged");
        }
    }

    /**
     * A wireframe as the older build kept it (its document in the plugin's settings) moves to an attachment of its
     * version when a signed-in user first reads it, and its document leaves the settings; saves go on from there.
     * The settings query is seen to find the document before the move, so its finding nothing after means it left.
     */
    @Test
    void aWireframeKeptInTheSettingsByTheOlderBuildMovesToAnAttachmentWhenFirstRead() throws Exception {
        try (Sandbox sandbox = new Sandbox(0, data, true)) {
            Http http = new Http(sandbox.baseUrl("jira"));
            license(http, "user01");
            createAsTheOlderBuild(sandbox.plugin("jira"), "legacy", "{\"formatVersion\":1,\"width\":400,\"height\":"
                    + "300,\"controls\":[{\"id\":\"l\",\"type\":\"label\",\"x\":5,\"y\":5,\"width\":200,\"height\":"
                    + "20,\"text\":\"Kept by the older build\"}]}");
            String inSettings = "SELECT COUNT(*) FROM plugin_settings WHERE host = 'jira' AND CAST(v AS VARCHAR) "
                    + "LIKE '%older build%'";
            assertThat(sandbox.database().count(inSettings)).as("the older build's document").isPositive();
            assertThat(sandbox.jiraAttachments().attachmentsOf(ISSUE)).extracting(Attachment::getFilename)
                    .containsExactly("plainframe-demo.v1.json");

            Map<String, Object> read = json(http.get(REST + "/wireframes/legacy", "Authorization", basic("user01")));
            assertThat(read).containsEntry("version", 1L).doesNotContainEntry("changedOutside", true);
            assertThat(Json.write(read.get("document"))).contains("Kept by the older build");
            assertThat(sandbox.jiraAttachments().attachmentsOf(ISSUE)).extracting(Attachment::getFilename)
                    .containsExactly("plainframe-demo.v1.json", "plainframe-legacy.v1.json");
            assertThat(sandbox.database().count(inSettings)).as("gone from the settings").isZero();

            assertThat(save(http, "user01", "legacy", 1, 60, null).statusCode()).isEqualTo(200);
            assertThat(json(http.get(REST + "/wireframes/legacy", "Authorization", basic("user45"))))
                    .containsEntry("version", 2L);
            http.logIn("user45", "user45");
            assertThat(http.get("/browse/DEMO-1").body()).contains("data-wireframe-id=\"legacy\" data-version=\"2\"");
        }
    }

    /**
     * Two nodes sharing the database, its cluster locks and the attachment directory, and readers on both at once
     * when the older build's wireframe is first read: it moves once, to one attachment, and both nodes answer it.
     */
    @Test
    void twoNodesReadingTheOlderBuildsWireframeAtOnceMoveItToOneAttachment() throws Exception {
        try (Sandbox nodeA = new Sandbox(0, data, true, true); Sandbox nodeB = new Sandbox(0, data, false, true)) {
            license(new Http(nodeA.baseUrl("jira")), "user01");
            createAsTheOlderBuild(nodeA.plugin("jira"), "legacy", "{\"formatVersion\":1,\"width\":400,\"height\":"
                    + "300,\"controls\":[]}");
            List<Http> nodes = List.of(new Http(nodeA.baseUrl("jira")), new Http(nodeB.baseUrl("jira")));
            java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                List<java.util.concurrent.Future<Object>> answers = new java.util.ArrayList<>();
                for (int reader = 0; reader < 8; reader++) {
                    Http node = nodes.get(reader % 2);
                    answers.add(readers.submit(() -> json(node.get(REST + "/wireframes/legacy", "Authorization",
                            basic("user01"))).get("version")));
                }
                for (java.util.concurrent.Future<Object> answer : answers) {
                    assertThat(answer.get()).isEqualTo(1L);
                }
            } finally {
                readers.shutdownNow();
            }
            assertThat(nodeA.jiraAttachments().attachmentsOf(ISSUE)).extracting(Attachment::getFilename)
                    .containsExactly("plainframe-demo.v1.json", "plainframe-legacy.v1.json");
        }
    }

    /**
     * Creates a wireframe on DEMO-1 with the plugin's own classes as the older build wired them: the index and the
     * document both in the plugin's settings ({@code SettingsWireframeDocuments}).
     */
    static void createAsTheOlderBuild(LoadedPlugin plugin, String name, String document) throws Exception {
        ClassLoader loader = plugin.classLoader();
        Object host = plugin.component("io.plainframe.wireframes.atlassian.WireframeHost");
        Object runtime = host.getClass().getMethod("runtime").invoke(host);
        Object settings = runtime.getClass().getMethod("settings").invoke(runtime);
        Class<?> settingsType = loader.loadClass("io.plainframe.licensing.host.SettingsStore");
        Class<?> documentsType = loader.loadClass("io.plainframe.wireframes.store.WireframeDocuments");
        Object documents = loader.loadClass("io.plainframe.wireframes.store.SettingsWireframeDocuments")
                .getConstructor(settingsType).newInstance(settings);
        Function<String, Optional<String>> stableId = contentId -> Optional.of(Long.toString(ISSUE));
        Object store = loader.loadClass("io.plainframe.wireframes.store.IndexedWireframeStore")
                .getConstructor(settingsType, documentsType, Function.class).newInstance(settings, documents, stableId);
        Class<?> idType = loader.loadClass("io.plainframe.wireframes.store.WireframeId");
        Object id = idType.getConstructor(String.class).newInstance(name);
        Object created = loader.loadClass("io.plainframe.wireframes.store.WireframeStore")
                .getMethod("create", idType, String.class, String.class, String.class)
                .invoke(store, id, ProductServices.DEMO_ISSUE, document, "key-user01");
        assertThat((Optional<?>) created).isPresent();
    }
}
