package io.plainframe.sandbox;

import static io.plainframe.sandbox.Http.json;
import static io.plainframe.sandbox.SandboxWireframesTest.license;
import static io.plainframe.sandbox.SandboxWireframesTest.save;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.sandbox.host.ProductServices;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, a wireframe's history and its safety, through the real plugin jars in both products: what a save,
 * a delete and the versions list leave in the host's attachments (Confluence: versions of one page attachment;
 * Jira: one issue attachment per version).
 */
class SandboxWireframeHistoryTest {

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

    /** How many versions of the demo wireframe the product keeps as attachments. */
    static int versions(Sandbox sandbox, String product) throws SQLException {
        return "confluence".equals(product)
                ? sandbox.database().count("SELECT COUNT(*) FROM attachments WHERE page_id = 1001 AND file_name = ?",
                        "plainframe-demo.json")
                : sandbox.database().count("SELECT COUNT(*) FROM jira_attachments WHERE issue_id = ? AND file_name "
                        + "LIKE 'plainframe-demo.v%'", ProductServices.demoIssueId());
    }
}
