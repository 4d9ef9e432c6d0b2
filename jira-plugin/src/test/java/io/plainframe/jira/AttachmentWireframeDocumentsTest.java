package io.plainframe.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.host.ClusterLocks;
import io.plainframe.wireframes.WireframeFormat;
import io.plainframe.wireframes.store.WireframeDocuments.Document;
import io.plainframe.wireframes.store.WireframeId;
import io.plainframe.wireframes.store.WireframeLockStripes;
import io.plainframe.wireframes.store.WriteRefusedException;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Jira wireframe documents as issue attachments, one per version, against attachments kept as Jira keeps them. */
class AttachmentWireframeDocumentsTest extends IssueAttachmentsFixture {

    @Test
    void aNewWireframeIsAJsonAttachmentOfItsIssueNamedByItsFirstVersion() {
        assertThat(documents.write(DEMO, "10001", 0, "{\"v\":1}", "key-ann")).hasValue(1);

        IssueAttachments.Stored saved = attachments.stored.get(0);
        assertThat(saved.getFilename()).isEqualTo("plainframe-demo.v1.json");
        assertThat(saved.getMimetype()).isEqualTo("application/json");
        assertThat(saved.getFilesize()).isEqualTo(7);
        assertThat(saved.getIssueId()).isEqualTo(ISSUE_ID);
        assertThat(saved.getAuthorKey()).isEqualTo("key-ann");
        assertThat(documents.read(DEMO, "10001")).contains(new Document("{\"v\":1}", 1));
        assertThat(locksTaken).containsExactly("io.plainframe.jira.wireframe.demo");
    }

    @Test
    void eachSaveAttachesTheNextVersionAndAStaleOneChangesNothing() {
        documents.write(DEMO, "10001", 0, "{\"v\":1}", "key-ann");

        assertThat(documents.write(DEMO, "10001", 1, "{\"v\":2}", "key-bob")).hasValue(2);
        assertThat(documents.write(DEMO, "10001", 1, "{\"v\":\"late\"}", "key-ann")).isEmpty();
        assertThat(documents.write(DEMO, "10001", 0, "{\"v\":\"again\"}", "key-ann")).isEmpty();

        assertThat(attachments.names()).containsExactly("plainframe-demo.v1.json", "plainframe-demo.v2.json");
        assertThat(documents.read(DEMO, "10001")).contains(new Document("{\"v\":2}", 2));
        assertThat(documents.readVersion(DEMO, "10001", 1)).contains(new Document("{\"v\":1}", 1));
    }

    /** The newest version wins by its number, not by where Jira lists it (v10 is listed before v9). */
    @Test
    void onlyTheLastTenVersionsStayAttachedAndTheHighestIsTheWireframe() {
        for (long version = 0; version < 15; version++) {
            assertThat(documents.write(DEMO, "10001", version, "{\"v\":" + (version + 1) + "}", "key-ann"))
                    .hasValue(version + 1);
        }

        assertThat(attachments.names()).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(6, 15)
                .mapToObj(version -> "plainframe-demo.v" + version + ".json").toList());
        assertThat(documents.read(DEMO, "10001")).contains(new Document("{\"v\":15}", 15));
        assertThat(documents.readVersion(DEMO, "10001", 6)).isPresent();
        assertThat(documents.readVersion(DEMO, "10001", 5)).isEmpty();
    }

    /** Issue 15: an issue editor without the project's Create Attachments permission saves nothing, and is told why. */
    @Test
    void aSaveNeedsJirasPermissionToAttachFilesToTheIssue() {
        assertThatThrownBy(() -> documents.write(DEMO, "10001", 0, "{\"v\":1}", "key-carl"))
                .isInstanceOfSatisfying(WriteRefusedException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(403);
                    assertThat(refused.reason()).isEqualTo("NO_ATTACHMENT_PERMISSION");
                    assertThat(refused.explanation().key()).isEqualTo(
                            "plainframe.wireframe.api.no-issue-attachment-permission");
                });
        assertThatThrownBy(() -> documents.write(DEMO, "10001", 0, "{\"v\":1}", null))
                .isInstanceOf(WriteRefusedException.class);
        assertThat(attachments.stored).isEmpty();
        assertThat(locksTaken).as("refused before the lock").isEmpty();
    }

    @Test
    void withAttachmentsTurnedOffASaveIsRefusedWithItsOwnCode() {
        attachments.enabled = false;

        assertThatThrownBy(() -> documents.write(DEMO, "10001", 0, "{\"v\":1}", "key-ann"))
                .isInstanceOfSatisfying(WriteRefusedException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(503);
                    assertThat(refused.reason()).isEqualTo("ATTACHMENTS_DISABLED");
                });
        assertThat(attachments.stored).isEmpty();
    }

    /** Issue 15: Jira keeps a row per cluster-lock name for ever, so 300 wireframes share at most 64 names. */
    @Test
    void threeHundredWireframesTakeAtMostSixtyFourLockNames() {
        java.util.Set<String> names = new java.util.HashSet<>();
        ClusterLocks recording = new ClusterLocks() {
            @Override
            public <T> T locked(String name, java.util.function.Supplier<T> action) {
                names.add(name);
                return action.get();
            }
        };
        AttachmentWireframeDocuments striped = new AttachmentWireframeDocuments(attachments,
                new JiraIssues(issueManager), new WireframeLockStripes(recording), permissions, users);
        for (int i = 0; i < 300; i++) {
            striped.write(new WireframeId("w" + i), "10001", 0, "{}", "key-ann");
        }

        assertThat(attachments.stored).hasSize(300);
        assertThat(names).hasSizeLessThanOrEqualTo(WireframeLockStripes.STRIPES);
    }

    @Test
    void anUnknownIssueHasNoWireframeAndTakesNone() {
        assertThat(documents.read(DEMO, "DEMO-9")).isEmpty();
        assertThat(documents.write(DEMO, "DEMO-9", 0, "{}", "key-ann")).isEmpty();
    }

    /**
     * A file attached by hand under a later version's name is the latest (the signed layer above shows it as
     * changed outside Plainframe); of two files of the same version's name, the first is the kept version.
     */
    @Test
    void filesAttachedByHandCountByTheirNameAndNeverReplaceTheKeptVersion() {
        documents.write(DEMO, "10001", 0, "{\"v\":1}", "key-ann");
        attachments.attachByHand(ISSUE_ID, "plainframe-demo.v1.json", "{\"forged\":1}");
        attachments.attachByHand(ISSUE_ID, "plainframe-demo.v7.json", "{\"forged\":7}");
        attachments.attachByHand(ISSUE_ID, "plainframe-demo.vX.json", "{}");
        attachments.attachByHand(ISSUE_ID, "plainframe-demo.v01.json", "{}");

        assertThat(documents.read(DEMO, "10001")).contains(new Document("{\"forged\":7}", 7));
        assertThat(documents.readVersion(DEMO, "10001", 1)).contains(new Document("{\"v\":1}", 1));
        assertThat(documents.write(DEMO, "10001", 1, "{\"v\":2}", "key-ann")).isEmpty();
    }

    @Test
    void aHugeFileAttachedByHandIsReadOnlyOneByteBeyondTheLimit() {
        attachments.attachByHand(ISSUE_ID, "plainframe-demo.v1.json", "x".repeat(WireframeFormat.MAX_BYTES * 2));

        assertThat(documents.read(DEMO, "10001").orElseThrow().text()).hasSize(WireframeFormat.MAX_BYTES + 1);
    }
}
