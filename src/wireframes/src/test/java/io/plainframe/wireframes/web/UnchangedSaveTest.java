package io.plainframe.wireframes.web;

import static io.plainframe.wireframes.EnglishTexts.ENGLISH;
import static io.plainframe.wireframes.web.WireframesApiTest.create;
import static io.plainframe.wireframes.web.WireframesApiTest.json;
import static io.plainframe.wireframes.web.WireframesApiTest.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.TestHost;
import io.plainframe.licensing.host.FakeContentPermissions;
import io.plainframe.licensing.web.ApiResponse;
import io.plainframe.licensing.web.Caller;
import io.plainframe.wireframes.WireframeFormat;
import io.plainframe.wireframes.store.IndexedWireframeStore;
import io.plainframe.wireframes.store.SettingsWireframeDocuments;
import io.plainframe.wireframes.store.SignedWireframeDocuments;
import io.plainframe.wireframes.store.WireframeId;
import io.plainframe.wireframes.store.WireframeStore;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SPEC 6: saving unchanged content creates no version. */
class UnchangedSaveTest {

    private static final Caller ANN = Caller.user("key-ann", "ann");
    private static final Caller BOB = Caller.user("key-bob", "bob");
    private static final String BUTTON = "{\"formatVersion\":1,\"width\":640,\"height\":480,\"controls\":["
            + "{\"id\":\"ok\",\"type\":\"button\",\"x\":10,\"y\":20,\"width\":100,\"height\":30,\"text\":\"OK\"}]}";

    private final TestHost host = new TestHost();
    private final FakeContentPermissions content = new FakeContentPermissions()
            .allowEdit("key-ann", "1001").allowEdit("key-bob", "1001");
    private final WireframeStore store = new IndexedWireframeStore(host.store, new SignedWireframeDocuments(
            host.store, new SettingsWireframeDocuments(host.store), "confluence", new SecureRandom()), Optional::of);
    private final WireframesApi api = new WireframesApi(host.snapshots, content, store, ENGLISH);

    @BeforeEach
    void annAndBobAreEditors() {
        host.users("ann", "bob").licensedFor(2);
        TestHost.assertDone(host.add("ann", "bob"));
        api.save(ANN, "demo", create("1001", BUTTON));
    }

    @Test
    void savingTheStoredDocumentAgainAnswersTheCurrentVersionAndWritesNothing() {
        ApiResponse again = noVersionMade(() -> api.save(ANN, "demo", update(1, BUTTON)));

        assertThat(again.status()).isEqualTo(200);
        assertThat(json(again)).containsEntry("id", "demo").containsEntry("version", 1L)
                .containsEntry("message", "Nothing changed since version 1: no new version was made.");
    }

    @Test
    void theSameWireframeWrittenWithOtherSpacingOrKeyOrderIsUnchangedToo() {
        String reordered = "{ \"controls\": [ {\"text\":\"OK\",\"type\":\"button\",\"id\":\"ok\",\"x\":10,\"y\":20,"
                + "\"width\":100,\"height\":30} ], \"height\":480, \"width\":640, \"formatVersion\":1 }";

        assertThat(json(noVersionMade(() -> api.save(BOB, "demo", update(1, reordered)))))
                .containsEntry("version", 1L);
    }

    @Test
    void aChangedDocumentStillMakesAVersionAndAStaleUnchangedOneStillConflicts() {
        String moved = BUTTON.replace("\"x\":10", "\"x\":50");
        assertThat(json(api.save(ANN, "demo", update(1, moved)))).containsEntry("version", 2L);

        // Bob started from version 1 and saves what version 1 held: that is his change over Ann's, not "nothing".
        ApiResponse stale = api.save(BOB, "demo", update(1, BUTTON));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(store.load(new WireframeId("demo")).orElseThrow().document())
                .isEqualTo(WireframeFormat.write(WireframeFormat.read(moved)));
    }

    /** Negative control: a save that writes regardless (the behaviour before) is caught by the same check. */
    @Test
    void theCheckCatchesASaveThatWritesTheSameDocumentAgain() {
        String stored = store.load(new WireframeId("demo")).orElseThrow().document();

        assertThatThrownBy(() -> noVersionMade(() -> {
            store.save(new WireframeId("demo"), 1, stored, "key-ann");
            return null;
        })).isInstanceOf(AssertionError.class).hasMessageContaining("revision");
    }

    /** Runs the save and checks, from what is stored, that the document's value was not written again. */
    private ApiResponse noVersionMade(java.util.function.Supplier<ApiResponse> save) {
        long before = host.store.revision("wf.doc.demo");
        long signatureBefore = host.store.revision("wf.sig.demo");
        ApiResponse answer = save.get();
        assertThat(host.store.revision("wf.doc.demo")).as("the document's revision").isEqualTo(before);
        assertThat(host.store.revision("wf.sig.demo")).as("the signature's revision").isEqualTo(signatureBefore);
        return answer;
    }
}
