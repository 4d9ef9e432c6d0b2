package io.plainframe.wireframes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.host.InMemorySettingsStore;
import io.plainframe.wireframes.store.WireframeDocuments.Document;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SignedWireframeDocumentsTest {

    private static final WireframeId DEMO = new WireframeId("demo");
    private static final WireframeId OTHER = new WireframeId("other");

    private final InMemorySettingsStore settings = new InMemorySettingsStore();
    private final Attachments attachments = new Attachments();
    private final SignedWireframeDocuments signed = new SignedWireframeDocuments(settings, attachments,
            "confluence", new SecureRandom());

    @Test
    void whatPlainframeWroteReadsAsTheWireframe() {
        signed.write(DEMO, "1001", 0, "{\"v\":1}", "key-ann");
        signed.write(DEMO, "1001", 1, "{\"v\":2}", "key-ann");

        assertThat(signed.read(DEMO, "1001")).contains(new Document("{\"v\":2}", 2));
    }

    @Test
    void aVersionWrittenByANodeThatDiedBeforeRecordingItsSignatureStillReadsAsPlainframes() {
        signed.write(DEMO, "1001", 0, "{\"v\":1}", "key-ann");
        attachments.dieAfterNextWrite = settings;
        assertThatThrownBy(() -> signed.write(DEMO, "1001", 1, "{\"v\":2}", "key-ann"))
                .isInstanceOf(HostUnavailableException.class);
        settings.down(false);

        assertThat(signed.read(DEMO, "1001")).contains(new Document("{\"v\":2}", 2));
        assertThat(signed.write(DEMO, "1001", 2, "{\"v\":3}", "key-ann")).hasValue(3);
        attachments.uploadByHand(DEMO, "{\"v\":2}");
        assertThat(signed.read(DEMO, "1001").orElseThrow().changedOutside())
                .as("the intent signed version 2 only, and version 3 is now signed").isTrue();
    }

    /** Issue 16: the history tells Plainframe's versions from one uploaded by hand between them. */
    @Test
    void theVersionsListMarksEachVersionPlainframeWroteAndNoOther() {
        signed.write(DEMO, "1001", 0, "{\"v\":1}", "key-ann");
        signed.write(DEMO, "1001", 1, "{\"v\":2}", "key-ann");
        attachments.uploadByHand(DEMO, "{\"forged\":3}");
        signed.write(DEMO, "1001", 3, "{\"v\":4}", "key-ann");

        assertThat(signed.versions(DEMO, "1001")).extracting(WireframeDocuments.Revision::version,
                WireframeDocuments.Revision::plainframe).containsExactly(org.assertj.core.groups.Tuple.tuple(4L, true),
                org.assertj.core.groups.Tuple.tuple(3L, false), org.assertj.core.groups.Tuple.tuple(2L, true),
                org.assertj.core.groups.Tuple.tuple(1L, true));
        assertThat(signed.readVersion(DEMO, "1001", 2)).contains(new Document("{\"v\":2}", 2));
        assertThat(signed.readVersion(DEMO, "1001", 3)).contains(new Document("{\"forged\":3}", 3, true, 0));
    }

    /** Negative control: without the history, only the latest version could be told apart. */
    @Test
    void withoutTheKeptSignaturesAnEarlierVersionIsNotTakenForPlainframes() {
        signed.write(DEMO, "1001", 0, "{\"v\":1}", "key-ann");
        signed.write(DEMO, "1001", 1, "{\"v\":2}", "key-ann");
        String record = settings.read("wf.sig.demo").orElseThrow().value();
        settings.compareAndSet("wf.sig.demo", settings.revision("wf.sig.demo"),
                record.replaceAll(",\"history\":\\{[^}]*\\}", ""));

        assertThat(signed.readVersion(DEMO, "1001", 1).orElseThrow().changedOutside()).isTrue();
        assertThat(signed.readVersion(DEMO, "1001", 2).orElseThrow().changedOutside()).isFalse();
    }

    @Test
    void aDeletedWireframeIsGoneAndAFileAttachedByHandUnderItsIdAfterwardsIsNotTrusted() {
        signed.write(DEMO, "1001", 0, "{\"v\":1}", "key-ann");
        assertThat(signed.delete(DEMO, "1001", 2, "key-ann")).isEqualTo(WireframeDocuments.Removal.STALE);
        assertThat(signed.delete(DEMO, "1001", 1, "key-ann")).isEqualTo(WireframeDocuments.Removal.DELETED);
        assertThat(signed.read(DEMO, "1001")).isEmpty();
        assertThat(signed.delete(DEMO, "1001", 0, "key-ann")).isEqualTo(WireframeDocuments.Removal.ABSENT);

        attachments.uploadByHand(DEMO, "{\"v\":1}");
        assertThat(signed.read(DEMO, "1001")).contains(new Document(null, 1, true, 0));
        assertThat(signed.write(DEMO, "1001", 0, "{\"v\":9}", "key-ann")).isEmpty();
    }

    /** Issue 15 (SandboxCorruptionTest): a secret damaged while the node runs is reported on its next read. */
    @Test
    void aSecretDamagedWhileRunningIsReportedAtOnceNotAfterARestart() {
        signed.write(DEMO, "1001", 0, "{\"v\":1}", "key-ann");
        settings.corrupt(SignedWireframeDocuments.SECRET_KEY);

        assertThatThrownBy(() -> signed.read(DEMO, "1001")).isInstanceOf(CorruptValueException.class);
    }

    @Test
    void aVersionUploadedOutsidePlainframeReadsAsChangedOutsideWithTheLastSignedDocument() {
        assertAVersionUploadedByHandIsNotServed(signed);
    }

    /** The negative control: documents read as the product keeps them, unsigned (before issue 13), fail it. */
    @Test
    void documentsReadWithoutSignaturesServeTheUploadAndFailTheCheck() {
        assertThatThrownBy(() -> assertAVersionUploadedByHandIsNotServed(attachments))
                .isInstanceOf(AssertionError.class).hasMessageContaining("forged");
    }

    private void assertAVersionUploadedByHandIsNotServed(WireframeDocuments documents) {
        documents.write(DEMO, "1001", 0, "{\"v\":1}", "key-ann");
        attachments.uploadByHand(DEMO, "{\"forged\":true}");

        assertThat(documents.read(DEMO, "1001")).contains(new Document("{\"v\":1}", 2, true, 1));
    }

    @Test
    void withoutHistoryOnlyTheNoticeIsLeft() {
        signed.write(DEMO, "1001", 0, "{\"v\":1}", "key-ann");
        attachments.uploadByHand(DEMO, "{\"forged\":true}");
        attachments.history = false;

        assertThat(signed.read(DEMO, "1001")).contains(new Document(null, 2, true, 1));
    }

    @Test
    void aSignatureHoldsForItsWireframePageAndVersionOnly() {
        signed.write(DEMO, "1001", 0, "{\"v\":1}", "key-ann");
        signed.write(OTHER, "1001", 0, "{\"v\":1}", "key-ann");
        signed.write(OTHER, "1001", 1, "{\"v\":2}", "key-ann");
        // The same bytes Plainframe signed elsewhere: for another wireframe, and for an earlier version.
        attachments.uploadByHand(DEMO, "{\"v\":2}");
        attachments.uploadByHand(OTHER, "{\"v\":1}");

        assertThat(signed.read(DEMO, "1001").orElseThrow().changedOutside()).isTrue();
        assertThat(signed.read(OTHER, "1001").orElseThrow().changedOutside()).isTrue();
        assertThat(signed.read(DEMO, "2002")).isEmpty();
    }

    @Test
    void plainframeSavingOverAnOutsideChangeSignsItsOwnVersionAndKeepsTheHistory() {
        signed.write(DEMO, "1001", 0, "{\"v\":1}", "key-ann");
        attachments.uploadByHand(DEMO, "{\"forged\":true}");

        assertThat(signed.write(DEMO, "1001", 2, "{\"v\":3}", "key-ann")).hasValue(3);

        assertThat(signed.read(DEMO, "1001")).contains(new Document("{\"v\":3}", 3));
        assertThat(attachments.versions.get(DEMO)).containsExactly("{\"v\":1}", "{\"forged\":true}", "{\"v\":3}");
    }

    @Test
    void aWireframeWhoseAttachmentWasDeletedOutsidePlainframeIsSignedAgainWhenDrawnAnew() {
        signed.write(DEMO, "1001", 0, "{\"v\":1}", "key-ann");
        signed.write(DEMO, "1001", 1, "{\"v\":2}", "key-ann");
        attachments.versions.remove(DEMO);

        assertThat(signed.read(DEMO, "1001")).isEmpty();
        assertThat(signed.write(DEMO, "1001", 0, "{\"anew\":1}", "key-ann")).hasValue(1);
        assertThat(signed.read(DEMO, "1001")).contains(new Document("{\"anew\":1}", 1));
    }

    @Test
    void twoNodesShareOneSecretCreatedOnce() {
        SignedWireframeDocuments otherNode = new SignedWireframeDocuments(settings, attachments, "confluence",
                new SecureRandom());
        signed.write(DEMO, "1001", 0, "{\"v\":1}", "key-ann");

        assertThat(otherNode.read(DEMO, "1001")).contains(new Document("{\"v\":1}", 1));
        assertThat(settings.read(SignedWireframeDocuments.SECRET_KEY).orElseThrow().revision()).isEqualTo(1);
    }

    @Test
    void anotherInstanceSecretDoesNotVerify() {
        signed.write(DEMO, "1001", 0, "{\"v\":1}", "key-ann");
        InMemorySettingsStore elsewhere = new InMemorySettingsStore();
        settings.read("wf.sig.demo").ifPresent(sig -> elsewhere.compareAndSet("wf.sig.demo", 0, sig.value()));

        assertThat(new SignedWireframeDocuments(elsewhere, attachments, "confluence", new SecureRandom())
                .read(DEMO, "1001").orElseThrow().changedOutside()).isTrue();
    }

    @Test
    void aWireframeWrittenBeforeSigningIsTrustedOnceThenGuarded() {
        attachments.write(DEMO, "1001", 0, "{\"legacy\":1}", "key-ann");

        assertThat(signed.read(DEMO, "1001")).contains(new Document("{\"legacy\":1}", 1));
        attachments.uploadByHand(DEMO, "{\"forged\":true}");
        assertThat(signed.read(DEMO, "1001")).contains(new Document("{\"legacy\":1}", 2, true, 1));
    }

    @Test
    void aDocumentAttachedByHandUnderAnIdWhoseCreationStoppedIsNotTrusted() {
        attachments.failNextWrite = true;
        assertThat(signed.write(DEMO, "1001", 0, "{\"v\":1}", "key-ann")).isEmpty();
        attachments.uploadByHand(DEMO, "{\"forged\":true}");

        assertThat(signed.read(DEMO, "1001")).contains(new Document(null, 1, true, 0));
    }

    /** Page attachments of page 1001 with their history, as Confluence keeps them. */
    private static final class Attachments implements WireframeDocuments {

        final Map<WireframeId, List<String>> versions = new HashMap<>();
        boolean history = true;
        boolean failNextWrite;
        /** Stops the settings right after the next write, as a node that dies before it records the signature. */
        InMemorySettingsStore dieAfterNextWrite;

        void uploadByHand(WireframeId id, String text) {
            versions.computeIfAbsent(id, ignored -> new ArrayList<>()).add(text);
        }

        @Override
        public Optional<Document> read(WireframeId id, String contentId) {
            List<String> all = versions.getOrDefault(id, List.of());
            return !contentId.equals("1001") || all.isEmpty() ? Optional.empty()
                    : Optional.of(new Document(all.get(all.size() - 1), all.size()));
        }

        @Override
        public Optional<Document> readVersion(WireframeId id, String contentId, long version) {
            List<String> all = versions.getOrDefault(id, List.of());
            return history && version >= 1 && version <= all.size()
                    ? Optional.of(new Document(all.get((int) version - 1), version)) : Optional.empty();
        }

        @Override
        public OptionalLong write(WireframeId id, String contentId, long expectedVersion, String document,
                                  String userKey) {
            List<String> all = versions.computeIfAbsent(id, ignored -> new ArrayList<>());
            if (failNextWrite || all.size() != expectedVersion) {
                failNextWrite = false;
                return OptionalLong.empty();
            }
            all.add(document);
            if (dieAfterNextWrite != null) {
                dieAfterNextWrite.down(true);
                dieAfterNextWrite = null;
            }
            return OptionalLong.of(all.size());
        }

        @Override
        public List<Revision> versions(WireframeId id, String contentId) {
            List<String> all = versions.getOrDefault(id, List.of());
            List<Revision> newestFirst = new ArrayList<>();
            for (int version = all.size(); version >= 1; version--) {
                newestFirst.add(new Revision(version, "key-ann", null, all.get(version - 1).length(), false));
            }
            return newestFirst;
        }

        @Override
        public Removal delete(WireframeId id, String contentId, long expectedVersion, String userKey) {
            List<String> all = versions.getOrDefault(id, List.of());
            if (all.isEmpty()) {
                return Removal.ABSENT;
            }
            if (expectedVersion > 0 && all.size() != expectedVersion) {
                return Removal.STALE;
            }
            versions.remove(id);
            return Removal.DELETED;
        }
    }
}
