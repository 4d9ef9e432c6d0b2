package io.plainframe.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.host.InMemorySettingsStore;
import io.plainframe.licensing.host.SettingsStore;
import io.plainframe.wireframes.store.IndexedWireframeStore;
import io.plainframe.wireframes.store.SettingsWireframeDocuments;
import io.plainframe.wireframes.store.WireframeDocuments;
import io.plainframe.wireframes.store.WireframeDocuments.Document;
import io.plainframe.wireframes.store.WireframeId;
import io.plainframe.wireframes.store.WireframeStore;
import io.plainframe.wireframes.store.WriteRefusedException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Jira wireframes an older build kept in the plugin's settings, moved to issue attachments. */
class SettingsWireframeMoveTest extends IssueAttachmentsFixture {

    private static final String OLD = "{\"old\":3}";

    private final InMemorySettingsStore settings = new InMemorySettingsStore();
    private String signedIn = "key-ann";
    private final SettingsWireframeMove moved = new SettingsWireframeMove(settings, documents, locks,
            () -> signedIn);

    /** As the older build kept it: three saves, the last one {@link #OLD}. */
    private void keptInSettingsAtRevisionThree() {
        settings.compareAndSet("wf.doc.demo", 0, "{\"old\":1}");
        settings.compareAndSet("wf.doc.demo", 1, "{\"old\":2}");
        settings.compareAndSet("wf.doc.demo", 2, OLD);
    }

    @Test
    void theFirstReadBySomeoneSignedInMovesTheDocumentToAnAttachmentOfItsVersion() {
        keptInSettingsAtRevisionThree();

        assertThat(moved.read(DEMO, "10001")).contains(new Document(OLD, 3));

        assertThat(attachments.names()).containsExactly("plainframe-demo.v3.json");
        assertThat(attachments.stored.get(0).getAuthorKey()).isEqualTo("key-ann");
        assertThat(settings.read("wf.doc.demo").orElseThrow().value()).isEqualTo("moved-to-attachment:v3");
        assertThat(settings.readPrevious("wf.doc.demo").orElseThrow().value())
                .as("marked twice, so the document's own revision is gone from the settings too")
                .isEqualTo("moved-to-attachment:v3");
        assertThat(moved.write(DEMO, "10001", 3, "{\"new\":4}", "key-bob")).hasValue(4);
        assertThat(moved.read(DEMO, "10001")).contains(new Document("{\"new\":4}", 4));
    }

    @Test
    void aReaderWhoIsNotSignedInReadsFromTheSettingsAndMovesNothing() {
        keptInSettingsAtRevisionThree();
        signedIn = null;

        assertThat(moved.read(DEMO, "10001")).contains(new Document(OLD, 3));
        assertThat(moved.readVersion(DEMO, "10001", 3)).contains(new Document(OLD, 3));
        assertThat(attachments.stored).isEmpty();
        assertThat(settings.read("wf.doc.demo").orElseThrow().value()).isEqualTo(OLD);
    }

    /** Nothing is lost when Jira refuses the attachment: the settings stay as they were, and still answer. */
    @Test
    void whenJiraRefusesTheAttachmentTheWireframeStaysInTheSettings() {
        keptInSettingsAtRevisionThree();
        attachments.enabled = false;

        assertThat(moved.read(DEMO, "10001")).contains(new Document(OLD, 3));
        assertThatThrownBy(() -> moved.write(DEMO, "10001", 3, "{\"new\":4}", "key-ann"))
                .isInstanceOfSatisfying(WriteRefusedException.class, refused ->
                        assertThat(refused.reason()).isEqualTo("ATTACHMENTS_DISABLED"));
        assertThat(settings.read("wf.doc.demo")).contains(new SettingsStore.Versioned(OLD, 3));
        assertThat(attachments.stored).isEmpty();
    }

    @Test
    void aSaveByAUserWhoMayNotAttachFilesMovesNothingAndIsRefused() {
        keptInSettingsAtRevisionThree();

        assertThatThrownBy(() -> moved.write(DEMO, "10001", 3, "{\"new\":4}", "key-carl"))
                .isInstanceOf(WriteRefusedException.class);
        assertThat(attachments.stored).isEmpty();
        assertThat(settings.read("wf.doc.demo")).contains(new SettingsStore.Versioned(OLD, 3));
    }

    /** A move that attached the document but stopped before marking the settings is finished, not repeated. */
    @Test
    void aMoveThatStoppedHalfWayIsFinishedWithoutASecondAttachment() {
        keptInSettingsAtRevisionThree();
        documents.attachMovedHoldingLock(DEMO, "10001", 3, OLD, "key-bob");

        assertThat(moved.read(DEMO, "10001")).contains(new Document(OLD, 3));
        assertThat(moved.read(DEMO, "10001")).contains(new Document(OLD, 3));

        assertThat(attachments.names()).containsExactly("plainframe-demo.v3.json");
        assertThat(settings.read("wf.doc.demo").orElseThrow().value()).startsWith("moved-to-attachment:");
    }

    /** A file attached by hand under a later version's name before the move does not outrank the moved document. */
    @Test
    void aMovedDocumentGoesAfterAnyVersionAttachedByHand() {
        keptInSettingsAtRevisionThree();
        attachments.attachByHand(ISSUE_ID, "plainframe-demo.v5.json", "{\"forged\":5}");

        assertThat(moved.read(DEMO, "10001")).contains(new Document(OLD, 6));
        assertThat(settings.read("wf.doc.demo").orElseThrow().value()).isEqualTo("moved-to-attachment:v6");
    }

    /** An older node saving into the settings after the move (a rolling upgrade) has its save moved too. */
    @Test
    void aDocumentSavedIntoTheSettingsAfterTheMoveIsMovedAsTheNextVersion() {
        keptInSettingsAtRevisionThree();
        moved.read(DEMO, "10001");
        settings.compareAndSet("wf.doc.demo", settings.revision("wf.doc.demo"), "{\"older node\":6}");

        assertThat(moved.read(DEMO, "10001")).contains(new Document("{\"older node\":6}", 6));
    }

    /**
     * The check the sandbox makes of a saved Jira wireframe (an attachment of its issue, nothing in the settings),
     * run against this build's documents and, as a negative control, against the older build's settings documents:
     * the check fails for those.
     */
    @Test
    void aSavedWireframeIsAnAttachmentAndNotInTheSettingsWhichTheOlderBuildFails() {
        assertKeptAsAttachmentOnly(moved);
        assertThatThrownBy(() -> assertKeptAsAttachmentOnly(new SettingsWireframeDocuments(settings)))
                .isInstanceOf(AssertionError.class);
    }

    private void assertKeptAsAttachmentOnly(WireframeDocuments kept) {
        WireframeStore store = new IndexedWireframeStore(settings, kept, contentId -> Optional.of("10001"));
        WireframeId id = new WireframeId("check-" + settings.revision("wf.list.10001"));
        String document = "{\"check\":\"" + id.value() + "\"}";
        store.create(id, "10001", document, "key-ann");

        assertThat(attachments.names()).contains("plainframe-" + id.value() + ".v1.json");
        assertThat(settings.read("wf.doc." + id.value())).isEmpty();
    }
}
