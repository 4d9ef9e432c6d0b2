package io.plainframe.wireframes.web;

import static io.plainframe.wireframes.EnglishTexts.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import io.plainframe.licensing.TestHost;
import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.FakeContentPermissions;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.json.Json;
import io.plainframe.licensing.web.ApiResponse;
import io.plainframe.licensing.web.Caller;
import io.plainframe.wireframes.WireframeFormat;
import io.plainframe.wireframes.store.IndexedWireframeStore;
import io.plainframe.wireframes.store.SettingsWireframeDocuments;
import io.plainframe.wireframes.store.SignedWireframeDocuments;
import io.plainframe.wireframes.store.WireframeDocuments;
import io.plainframe.wireframes.store.WireframeId;
import io.plainframe.wireframes.store.WireframeStore;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WireframesApiTest {

    private static final Caller ANN = Caller.user("key-ann", "ann");
    private static final Caller BOB = Caller.user("key-bob", "bob");
    private static final Caller CAT = Caller.user("key-cat", "cat");
    private static final Caller READER = Caller.user("key-reader", "reader");
    private static final Caller STRANGER = Caller.user("key-stranger", "stranger");
    private static final String BUTTON = "{\"formatVersion\":1,\"width\":640,\"height\":480,\"controls\":["
            + "{\"id\":\"ok\",\"type\":\"button\",\"x\":10,\"y\":20,\"width\":100,\"height\":30,\"text\":\"OK\"}]}";

    private final TestHost host = new TestHost();
    private final FakeContentPermissions content = new FakeContentPermissions()
            .allowEdit("key-ann", "1001").allowEdit("key-bob", "1001").allowEdit("key-cat", "1001")
            .allowView("key-reader", "1001");
    private final WireframeStore store = new IndexedWireframeStore(host.store,
            new SettingsWireframeDocuments(host.store), Optional::of);
    private final WireframesApi api = new WireframesApi(host.snapshots, content, store, ENGLISH);

    @BeforeEach
    void annAndBobAreEditors() {
        host.users("ann", "bob", "cat", "reader").licensedFor(2);
        TestHost.assertDone(host.add("ann", "bob"));
    }

    @Test
    void anEditorCreatesAWireframeOnAPageAndEveryoneWhoMaySeeThePageReadsIt() {
        ApiResponse created = api.save(ANN, "demo", create("1001", BUTTON));

        assertThat(created.status()).isEqualTo(200);
        assertThat(json(created)).containsEntry("id", "demo").containsEntry("version", 1L)
                .containsEntry("message", "Saved (version 1).");
        Map<String, Object> read = json(api.get(READER, "demo"));
        assertThat(read).containsEntry("id", "demo").containsEntry("version", 1L).containsEntry("contentId", "1001")
                .containsEntry("canEdit", false).containsEntry("reason", "NO_EDIT_PERMISSION");
        assertThat(read.get("document")).isEqualTo(Json.parse(BUTTON));
        assertThat(json(api.get(ANN, "demo"))).containsEntry("canEdit", true).containsEntry("reason", "EDITOR");
    }

    @Test
    void aSaveNamesTheVersionReadAndTwoEditorsSavingTheSameVersionGetOneConflict() {
        api.save(ANN, "demo", create("1001", BUTTON));

        ApiResponse first = api.save(ANN, "demo", update(1, BUTTON.replace("\"x\":10", "\"x\":50")));
        ApiResponse second = api.save(BOB, "demo", update(1, BUTTON.replace("\"x\":10", "\"x\":90")));

        assertThat(first.status()).isEqualTo(200);
        assertThat(json(first)).containsEntry("version", 2L);
        assertThat(second.status()).isEqualTo(409);
        assertThat(json(second)).containsEntry("code", "CONFLICT").containsEntry("message", "Someone saved this "
                + "wireframe while you were editing it (you started from version 1; it is at version 2 now). Reload "
                + "it to see their changes, then make yours again.");
        assertThat(details(second)).containsEntry("version", 2L);
        assertThat(json(api.get(BOB, "demo")).get("document")).isEqualTo(Json.parse(BUTTON.replace("\"x\":10",
                "\"x\":50")));
    }

    @Test
    void creatingAnIdThatIsTakenIsAConflict() {
        api.save(ANN, "demo", create("1001", BUTTON));

        ApiResponse again = api.save(BOB, "demo", create("1001", BUTTON));

        assertThat(again.status()).isEqualTo(409);
        assertThat(details(again)).containsEntry("version", 1L);
    }

    @Test
    void aUserWithoutASeatIsRefusedWithTheReasonAndNothingIsStored() {
        ApiResponse refused = api.save(CAT, "demo", create("1001", BUTTON));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(json(refused)).containsEntry("code", "NO_SEAT");
        assertThat(json(refused).get("message").toString()).contains("editor seat");
        assertThat(store.owner(new WireframeId("demo"))).isEmpty();
    }

    @Test
    void aWaitingEditorIsRefusedWithTheReason() {
        host.licensedFor(3);
        TestHost.assertDone(host.add("cat"));
        api.save(ANN, "demo", create("1001", BUTTON));
        host.licensedFor(2);

        ApiResponse refused = api.save(CAT, "demo", update(1, BUTTON));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(json(refused)).containsEntry("code", "WAITING_FOR_SEAT");
        assertThat(json(api.get(CAT, "demo"))).containsEntry("canEdit", false)
                .containsEntry("reason", "WAITING_FOR_SEAT");
    }

    @Test
    void aViewerWithoutEditPermissionIsRefusedEvenWithAValidBody() {
        api.save(ANN, "demo", create("1001", BUTTON));

        ApiResponse refused = api.save(READER, "demo", update(1, BUTTON));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(json(refused)).containsEntry("code", "NO_EDIT_PERMISSION");
        assertThat(json(api.get(READER, "demo"))).containsEntry("version", 1L);
    }

    @Test
    void withoutALicenseNobodySavesButEveryoneStillReads() {
        api.save(ANN, "demo", create("1001", BUTTON));
        TestHost.assertDone(host.service.removeVendorKey(TestHost.ADMIN));

        ApiResponse refused = api.save(ANN, "demo", update(1, BUTTON));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(json(refused)).containsEntry("code", "NO_LICENSE");
        assertThat(api.get(ANN, "demo").status()).isEqualTo(200);
    }

    @Test
    void anInvalidDocumentIsRefusedWithThePathOfTheFirstProblemAndNothingIsStored() {
        api.save(ANN, "demo", create("1001", BUTTON));

        ApiResponse refused = api.save(ANN, "demo", update(1, BUTTON.replace("button", "carousel")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(json(refused)).containsEntry("code", "INVALID_WIREFRAME");
        assertThat(details(refused)).containsEntry("path", "$.document.controls[0].type");
        assertThat(json(api.get(ANN, "demo"))).containsEntry("version", 1L);
    }

    @Test
    void aDocumentOverTheSizeLimitIs413() {
        String huge = "{\"formatVersion\":1,\"width\":640,\"height\":480,\"controls\":[],\"pad\":\""
                + "x".repeat(WireframeFormat.MAX_BYTES) + "\"}";

        ApiResponse refused = api.save(ANN, "demo", create("1001", huge));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(json(refused)).containsEntry("code", "TOO_LARGE");
        assertThat(api.tooLarge().status()).isEqualTo(413);
    }

    @Test
    void malformedRequestsAre400WithWhatIsWrong() {
        api.save(ANN, "demo", create("1001", BUTTON));

        assertThat(code(api.save(ANN, "demo", "{not json"))).isEqualTo(List.of(400, "INVALID_JSON"));
        assertThat(code(api.save(ANN, "demo", "[1]"))).isEqualTo(List.of(400, "INVALID_JSON"));
        assertThat(code(api.save(ANN, "demo", "{\"document\":{}}"))).isEqualTo(List.of(400, "INVALID_FIELD"));
        assertThat(code(api.save(ANN, "demo", "{\"version\":1}"))).isEqualTo(List.of(400, "INVALID_FIELD"));
        assertThat(code(api.save(ANN, "new-one", update(0, BUTTON)))).isEqualTo(List.of(400, "INVALID_FIELD"));
        assertThat(code(api.save(ANN, "Not An Id", update(1, BUTTON)))).isEqualTo(List.of(400, "INVALID_ID"));
        assertThat(code(api.get(ANN, "../etc"))).isEqualTo(List.of(400, "INVALID_ID"));
    }

    @Test
    void whoMayNotSeeThePageFindsNothingAndAnonymousCallersMustSignIn() {
        api.save(ANN, "demo", create("1001", BUTTON));

        assertThat(code(api.get(STRANGER, "demo"))).isEqualTo(List.of(404, "NOT_FOUND"));
        assertThat(code(api.save(STRANGER, "demo", update(1, BUTTON)))).isEqualTo(List.of(404, "NOT_FOUND"));
        assertThat(code(api.save(STRANGER, "fresh", create("1001", BUTTON)))).isEqualTo(List.of(404, "NOT_FOUND"));
        assertThat(code(api.get(ANN, "never-made"))).isEqualTo(List.of(404, "NOT_FOUND"));
        assertThat(code(api.get(Caller.ANONYMOUS, "demo"))).isEqualTo(List.of(401, "NOT_SIGNED_IN"));
        assertThat(code(api.save(Caller.ANONYMOUS, "demo", update(1, BUTTON)))).isEqualTo(List.of(401,
                "NOT_SIGNED_IN"));
    }

    @Test
    void anEditorOfAnotherPageCannotTakeOverAWireframeByNamingTheirPage() {
        api.save(ANN, "demo", create("1001", BUTTON));
        content.allowEdit("key-bob", "1002");

        ApiResponse own = api.save(BOB, "demo", create("1002", BUTTON.replace("OK", "Mine")));

        assertThat(json(own).get("id")).asString().startsWith("demo-");
        assertThat(json(api.get(ANN, "demo"))).containsEntry("contentId", "1001").containsEntry("version", 1L);
        assertThat(json(api.get(ANN, "demo")).get("document")).isEqualTo(Json.parse(BUTTON));
    }

    /**
     * Issue 13: a seat holder who can only read page 1001 names their own page 2002 to claim the id of 1001's
     * macro "sketch", not drawn yet. Page 1001 must not show their drawing, and its editors still draw their own.
     */
    @Test
    void aSeatHolderWhoOnlyReadsAPageCannotPutTheirDrawingInItsMacroAndItsEditorsStillDrawTheirs() {
        seat("reader");
        content.allowEdit("key-reader", "2002").allowView("key-ann", "2002");
        WireframeView view = new WireframeView(store, ENGLISH);

        ApiResponse claimed = api.save(READER, "sketch", create("2002", BUTTON.replace("OK", "Mine")));
        assertThat(json(claimed)).containsEntry("id", "sketch");

        assertThat(view.wireframe("1001", new WireframeId("sketch"), true))
                .doesNotContain("Mine").contains("data-wireframe-id=\"sketch\" data-version=\"0\"");
        ApiResponse drawn = api.save(ANN, "sketch", create("1001", BUTTON.replace("OK", "Ours")));
        assertThat(drawn.status()).isEqualTo(200);
        String ours = (String) json(drawn).get("id");
        assertThat(ours).startsWith("sketch-").matches("[a-z0-9][a-z0-9-]{0,39}");
        assertThat(json(api.get(READER, ours))).containsEntry("contentId", "1001").containsEntry("version", 1L);
        assertThat(view.wireframe("1001", new WireframeId("sketch"), true))
                .contains("data-wireframe-id=\"" + ours + "\" data-version=\"1\"").contains(">Ours<")
                .doesNotContain("Mine");
        assertThat(view.wireframe("2002", new WireframeId("sketch"), true)).contains(">Mine<");
        assertThat(json(api.save(ANN, ours, update(1, BUTTON)))).containsEntry("version", 2L);
    }

    /**
     * Issue 13: whether an id is used on content the caller cannot see must not show in the answer to a save:
     * it is answered as for an id nobody uses.
     */
    @Test
    void aSaveIsAnsweredAlikeForAnIdUsedOnContentTheCallerCannotSeeAndForAFreeOne() {
        checkASaveIsAnsweredAlike(api);
    }

    @Test
    void theAnsweredAlikeCheckFailsOnAStoreThatRefusesANameAnotherPageTook() {
        // The store before the fix, planted: a creation under a name another page owns was refused, so the answer
        // told the caller that the id is in use on content they cannot see (today's API answers that refusal
        // 409 CONFLICT, against 200 for the free name; the API of then answered 404 against 400).
        WireframeStore old = spy(store);
        doAnswer(call -> store.owner(call.getArgument(0)).filter(owner -> !owner.equals(call.getArgument(1)))
                .isPresent() ? Optional.empty() : call.callRealMethod()).when(old).create(any(), any(), any(), any());
        WireframesApi answering = new WireframesApi(host.snapshots, content, old, ENGLISH);
        assertThatThrownBy(() -> checkASaveIsAnsweredAlike(answering)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("CONFLICT");
    }

    private void checkASaveIsAnsweredAlike(WireframesApi api) {
        api.save(ANN, "secret", create("1001", BUTTON));
        Caller dan = Caller.user("key-dan", "dan");
        content.allowEdit("key-stranger", "3003").allowEdit("key-dan", "3003");

        assertThat(code(api.save(dan, "secret", create("3003", BUTTON))))
                .isEqualTo(code(api.save(dan, "free", create("3003", BUTTON)))).isEqualTo(List.of(403, "NO_SEAT"));
        assertThat(code(api.save(STRANGER, "secret", update(1, BUTTON))))
                .isEqualTo(code(api.save(STRANGER, "free", update(1, BUTTON)))).isEqualTo(List.of(404, "NOT_FOUND"));
        seat("stranger");
        assertThat(code(api.save(STRANGER, "secret", create("3003", BUTTON))))
                .isEqualTo(code(api.save(STRANGER, "free", create("3003", BUTTON))))
                .isEqualTo(Arrays.asList(200, null));
        assertThat(json(api.get(ANN, "secret"))).containsEntry("contentId", "1001").containsEntry("version", 1L);
    }

    private void seat(String username) {
        host.users(username);
        host.licensedFor(3);
        TestHost.assertDone(host.add(username));
    }

    @Test
    void aPagesOwnIdCanOnlyBeCreatedOnThatPage() {
        content.allowEdit("key-ann", "1002");

        assertThat(code(api.save(ANN, "page-1001", create("1002", BUTTON)))).isEqualTo(List.of(400, "INVALID_ID"));
        assertThat(code(api.save(ANN, "page-1001", create("1001", BUTTON)))).isEqualTo(Arrays.asList(200, null));
    }

    @Test
    void aStoredDocumentThatFailsItsCheckIsReportedWithItsPathNotServed() {
        api.save(ANN, "demo", create("1001", BUTTON));
        host.store.compareAndSet("wf.doc.demo", 1, BUTTON.replace("\"width\":640", "\"width\":5"));

        ApiResponse damaged = api.get(READER, "demo");

        assertThat(code(damaged)).isEqualTo(List.of(500, "UNREADABLE"));
        assertThat(json(damaged)).containsEntry("path", "$.width").containsEntry("version", 2L);
        host.store.compareAndSet("wf.doc.demo", 2, "not json at all");
        assertThat(json(api.get(READER, "demo"))).containsEntry("path", "$").containsEntry("version", 3L);
        assertThat(code(api.save(ANN, "demo", update(3, BUTTON)))).as("an editor can replace it")
                .isEqualTo(Arrays.asList(200, null));
    }

    @Test
    void aDamagedStoredValueIsReportedAndNothingIsWritten() {
        WireframeStore damaged = failing(new CorruptValueException("wf.owner.demo", "checksum"));
        WireframesApi reading = new WireframesApi(host.snapshots, content, damaged, ENGLISH);

        assertThat(code(reading.get(ANN, "demo"))).isEqualTo(List.of(500, "UNREADABLE"));
        assertThat(json(reading.get(ANN, "demo")).get("message").toString()).contains("wf.owner.demo");
        assertThat(code(reading.save(ANN, "demo", update(1, BUTTON)))).isEqualTo(List.of(500, "UNREADABLE"));
    }

    @Test
    void aHostThatCannotAnswerIs503AndChangesNothing() {
        WireframesApi failing = new WireframesApi(host.snapshots, content,
                failing(new HostUnavailableException("down", null)), ENGLISH);

        assertThat(code(failing.get(ANN, "demo"))).isEqualTo(List.of(503, "HOST_UNAVAILABLE"));
        assertThat(code(failing.save(ANN, "demo", update(1, BUTTON)))).isEqualTo(List.of(503, "HOST_UNAVAILABLE"));
    }

    /** A store whose reads throw, and which fails the test if anything is written. */
    static WireframeStore failing(RuntimeException problem) {
        return new WireframeStore() {
            @Override
            public Optional<String> owner(WireframeId id) {
                throw problem;
            }

            @Override
            public Optional<io.plainframe.wireframes.store.StoredWireframe> load(WireframeId id) {
                throw problem;
            }

            @Override
            public Optional<WireframeId> placed(String contentId, WireframeId name) {
                throw problem;
            }

            @Override
            public List<WireframeId> listedIds(String contentId) {
                throw problem;
            }

            @Override
            public Optional<Created> create(WireframeId id, String contentId, String document, String userKey) {
                throw new AssertionError("nothing is written");
            }

            @Override
            public OptionalLong save(WireframeId id, long expectedVersion, String document, String userKey) {
                throw new AssertionError("nothing is written");
            }

            @Override
            public List<io.plainframe.wireframes.store.StoredWireframe> list(String contentId) {
                throw problem;
            }

            @Override
            public List<WireframeDocuments.Revision> versions(WireframeId id) {
                throw problem;
            }

            @Override
            public Optional<WireframeDocuments.Document> version(WireframeId id, long version) {
                throw problem;
            }

            @Override
            public WireframeDocuments.Removal delete(WireframeId id, long expectedVersion, String userKey) {
                throw new AssertionError("nothing is deleted");
            }
        };
    }

    @Test
    void aVersionWrittenOutsidePlainframeIsAnsweredAsSuchAndOnlyAnExplicitReplaceSavesOverIt() {
        WireframesApi signed = new WireframesApi(host.snapshots, content, new IndexedWireframeStore(host.store,
                new SignedWireframeDocuments(host.store, new SettingsWireframeDocuments(host.store), "confluence",
                        new SecureRandom()), Optional::of), ENGLISH);
        signed.save(ANN, "demo", create("1001", BUTTON));
        String forged = BUTTON.replace("\"OK\"", "\"Forged\"");
        assertThat(host.store.compareAndSet("wf.doc.demo", 1, forged)).hasValue(2);

        Map<String, Object> read = json(signed.get(READER, "demo"));
        assertThat(read).containsEntry("version", 2L).containsEntry("changedOutside", true)
                .containsEntry("signedVersion", 1L).containsEntry("notice", "Version 2 of this wireframe was "
                        + "uploaded outside Plainframe (as an attachment of its page or issue), so it is not "
                        + "shown, and no version saved in Plainframe can be shown instead. A licensed editor can "
                        + "save over the outside change; the upload stays among the attachments.");
        // Settings keep no history, so there is no earlier document to give (the sandbox test reads Confluence's).
        assertThat(read).containsEntry("document", null);
        ApiResponse onTop = signed.save(ANN, "demo", update(2, BUTTON));
        assertThat(code(onTop)).containsExactly(409, "CHANGED_OUTSIDE");
        assertThat(details(onTop)).containsEntry("version", 2L).containsEntry("signedVersion", 1L);
        assertThat(code(signed.save(CAT, "demo", replace(2, BUTTON)))).as("no seat")
                .containsExactly(403, "NO_SEAT");
        assertThat(code(signed.save(READER, "demo", replace(2, BUTTON)))).containsExactly(403,
                "NO_EDIT_PERMISSION");
        assertThat(host.store.read("wf.doc.demo").orElseThrow().value()).isEqualTo(forged);

        assertThat(json(signed.save(ANN, "demo", replace(2, BUTTON)))).containsEntry("version", 3L);
        assertThat(json(signed.get(READER, "demo"))).containsEntry("version", 3L)
                .doesNotContainKey("changedOutside");
    }

    static String replace(long version, String document) {
        return "{\"version\":" + version + ",\"replaceOutsideChange\":true,\"document\":" + document + "}";
    }

    static String create(String contentId, String document) {
        return "{\"version\":0,\"contentId\":\"" + contentId + "\",\"document\":" + document + "}";
    }

    static String update(long version, String document) {
        return "{\"version\":" + version + ",\"document\":" + document + "}";
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(ApiResponse response) {
        return (Map<String, Object>) Json.parse(response.body());
    }

    /** Error details sit next to the code and message (SPEC 6). */
    private static Map<String, Object> details(ApiResponse response) {
        return json(response);
    }

    /** The status and the error code ({@code null} on success). */
    private static List<Object> code(ApiResponse response) {
        return Arrays.asList(response.status(), json(response).get("code"));
    }
}
