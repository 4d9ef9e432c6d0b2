package io.plainframe.wireframes.web;

import static io.plainframe.wireframes.EnglishTexts.ENGLISH;
import static io.plainframe.wireframes.web.WireframesApiTest.create;
import static io.plainframe.wireframes.web.WireframesApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.TestHost;
import io.plainframe.licensing.host.DateTexts;
import io.plainframe.licensing.host.FakeContentPermissions;
import io.plainframe.licensing.web.ApiResponse;
import io.plainframe.licensing.web.Caller;
import io.plainframe.wireframes.store.EditingMarkers;
import io.plainframe.wireframes.store.IndexedWireframeStore;
import io.plainframe.wireframes.store.SettingsWireframeDocuments;
import io.plainframe.wireframes.store.WireframeStore;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 16: the editing markers' endpoints, with the checks of every wireframe endpoint. */
class WireframeEditingApiTest {

    private static final Caller ANN = Caller.user("key-ann", "ann");
    private static final Caller BOB = Caller.user("key-bob", "bob");
    private static final Caller CAT = Caller.user("key-cat", "cat");
    private static final Caller READER = Caller.user("key-reader", "reader");
    private static final Caller STRANGER = Caller.user("key-stranger", "stranger");
    private static final String BUTTON = "{\"formatVersion\":1,\"width\":640,\"height\":480,\"controls\":[]}";

    private final TestHost host = new TestHost();
    private final FakeContentPermissions content = new FakeContentPermissions().allowEdit("key-ann", "1001")
            .allowEdit("key-bob", "1001").allowEdit("key-cat", "1001").allowView("key-reader", "1001");
    private final WireframeStore store = new IndexedWireframeStore(host.store,
            new SettingsWireframeDocuments(host.store), Optional::of);
    private final WireframeEditingApi editing = new WireframeEditingApi(host.snapshots, content, store, ENGLISH,
            new EditingMarkers(host.store, host.clock), key -> "Name of " + key, DateTexts.ISO);

    @BeforeEach
    void annAndBobAreEditorsOfAWireframe() {
        host.users("ann", "bob", "cat", "reader").licensedFor(2);
        TestHost.assertDone(host.add("ann", "bob"));
        new WireframesApi(host.snapshots, content, store, ENGLISH).save(ANN, "demo", create("1001", BUTTON));
    }

    @Test
    void anEditorIsToldWhoElseHasTheWireframeOpenByNameAndSinceWhen() {
        assertThat(json(editing.heartbeat(ANN, "demo"))).containsEntry("others", List.of())
                .containsEntry("message", null).containsEntry("heartbeatSeconds", 30L);

        Map<String, Object> bob = json(editing.heartbeat(BOB, "demo"));

        assertThat(bob).containsEntry("message", "Name of key-ann has this wireframe open in the editor too. "
                + "Whoever saves second will be asked to resolve a conflict.");
        @SuppressWarnings("unchecked")
        Map<String, Object> other = ((List<Map<String, Object>>) bob.get("others")).get(0);
        assertThat(other).containsEntry("displayName", "Name of key-ann").containsKey("since")
                .containsKey("sinceText").doesNotContainKey("userKey");
        assertThat(json(editing.left(ANN, "demo"))).containsEntry("id", "demo");
        assertThat(json(editing.heartbeat(BOB, "demo"))).containsEntry("others", List.of());
    }

    @Test
    void onlyWhoMayEditSetsAMarker() {
        assertThat(code(editing.heartbeat(READER, "demo"))).containsExactly(403, "NO_EDIT_PERMISSION");
        assertThat(code(editing.heartbeat(CAT, "demo"))).containsExactly(403, "NO_SEAT");
        assertThat(code(editing.heartbeat(STRANGER, "demo"))).containsExactly(404, "NOT_FOUND");
        assertThat(code(editing.heartbeat(Caller.ANONYMOUS, "demo"))).containsExactly(401, "NOT_SIGNED_IN");
        assertThat(code(editing.heartbeat(ANN, "No_Id"))).containsExactly(400, "INVALID_ID");
        assertThat(code(editing.heartbeat(ANN, "nothing"))).containsExactly(404, "NOT_FOUND");

        assertThat(host.store.read("wf.editing.demo")).as("no marker written").isEmpty();
    }

    private static List<Object> code(ApiResponse response) {
        return Arrays.asList(response.status(), json(response).get("code"));
    }
}
