package io.plainframe.wireframes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.host.InMemorySettingsStore;
import io.plainframe.wireframes.EnglishTexts;
import io.plainframe.wireframes.store.IndexedWireframeStore;
import io.plainframe.wireframes.store.SettingsWireframeDocuments;
import io.plainframe.wireframes.store.SignedWireframeDocuments;
import io.plainframe.wireframes.store.StoredWireframe;
import io.plainframe.wireframes.store.WireframeId;
import io.plainframe.wireframes.store.WireframeStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WireframeViewTest {

    private static final String HOSTILE = "{\"formatVersion\":1,\"width\":320,\"height\":200,\"controls\":["
            + "{\"id\":\"x\",\"type\":\"label\",\"x\":0,\"y\":0,\"width\":100,\"height\":20,"
            + "\"text\":\"<script>alert(1)</script>\"}]}";

    private final InMemorySettingsStore settings = new InMemorySettingsStore();
    private final IndexedWireframeStore store = new IndexedWireframeStore(settings,
            new SettingsWireframeDocuments(settings), Optional::of);
    private final WireframeView view = new WireframeView(store, EnglishTexts.ENGLISH);

    @Test
    void aPageShowsItsWireframeAsEscapedSvgInAContainerForTheScripts() {
        store.create(new WireframeId("demo"), "1001", HOSTILE, "key-ann");

        String html = view.wireframe("1001", new WireframeId("demo"), true);

        assertThat(html).startsWith("<div class=\"plainframe-wireframe\" data-content-id=\"1001\" "
                + "data-wireframe-id=\"demo\" data-version=\"1\"" + WireframeView.LIMITS
                + "><div class=\"plainframe-figure\"><svg ")
                .contains("&lt;script&gt;").doesNotContain("<script")
                .contains("aria-label=\"Wireframe demo\"");
    }

    /** The editor's script keeps no copy of the limits: each container carries WireframeFormat's own. */
    @Test
    void everyContainerCarriesTheFormatsLimitsForTheEditor() {
        store.create(new WireframeId("demo"), "1001", HOSTILE, "key-ann");
        String html = view.wireframe("1001", new WireframeId("demo"), true);

        java.util.regex.Matcher attribute = java.util.regex.Pattern.compile("data-plainframe-limits=\"([^\"]*)\"")
                .matcher(html);
        assertThat(attribute.find()).isTrue();
        Object limits = io.plainframe.licensing.json.Json.parse(attribute.group(1).replace("&quot;", "\"")
                .replace("&amp;", "&"));
        assertThat(limits).isEqualTo(io.plainframe.licensing.json.Json.parse(
                io.plainframe.licensing.json.Json.write(io.plainframe.wireframes.WireframeFormat.limits())));
        assertThat(((java.util.Map<?, ?>) limits).get("maxCanvas"))
                .isEqualTo((long) io.plainframe.wireframes.WireframeFormat.MAX_CANVAS);
        assertThat(view.issue("DEMO-1", true)).contains(WireframeView.LIMITS);
    }

    @Test
    void anExportGetsThePictureAlone() {
        store.create(new WireframeId("demo"), "1001", HOSTILE, "key-ann");

        assertThat(view.wireframe("1001", new WireframeId("demo"), false))
                .startsWith("<div class=\"plainframe-figure\"><svg ").doesNotContain("data-content-id");
    }

    @Test
    void aWireframeNotDrawnYetIsAnEmptyContainerWhereEditorsFindTheAction() {
        assertThat(view.wireframe("1001", new WireframeId("sketch"), true)).isEqualTo(
                "<div class=\"plainframe-wireframe\" data-content-id=\"1001\" data-wireframe-id=\"sketch\" "
                        + "data-version=\"0\"" + WireframeView.LIMITS
                        + "><p class=\"plainframe-empty\">No wireframe here yet. Licensed editors "
                        + "can draw one.</p></div>");
    }

    @Test
    void aPageNeverShowsAnotherPagesWireframeOfTheSameNameButOffersToDrawItsOwn() {
        assertAPageShowsOnlyItsOwnWireframe(view);
    }

    /**
     * The negative control: a store that resolves a macro's name to the wireframe of that id wherever it lives (as
     * the macro's name did before issue 13) shows another page's drawing, and the check fails.
     */
    @Test
    void aStoreResolvingTheMacrosNameAloneFailsTheOwnPageCheck() {
        WireframeStore byNameAlone = (WireframeStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {WireframeStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("placed")) {
                        return Optional.of((WireframeId) args[1]);
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        assertThatThrownBy(() -> assertAPageShowsOnlyItsOwnWireframe(new WireframeView(byNameAlone,
                EnglishTexts.ENGLISH))).isInstanceOf(AssertionError.class).hasMessageContaining("<svg");
    }

    private void assertAPageShowsOnlyItsOwnWireframe(WireframeView view) {
        store.create(new WireframeId("demo"), "1001", HOSTILE, "key-ann");

        assertThat(view.wireframe("2002", new WireframeId("demo"), true)).isEqualTo(
                "<div class=\"plainframe-wireframe\" data-content-id=\"2002\" data-wireframe-id=\"demo\" "
                        + "data-version=\"0\"" + WireframeView.LIMITS
                        + "><p class=\"plainframe-empty\">No wireframe here yet. Licensed editors "
                        + "can draw one.</p></div>");
        WireframeId own = store.create(new WireframeId("demo"), "2002", HOSTILE, "key-bob").orElseThrow().id();
        assertThat(view.wireframe("2002", new WireframeId("demo"), true))
                .contains("data-content-id=\"2002\" data-wireframe-id=\"" + own.value() + "\" data-version=\"1\"");
    }

    @Test
    void aVersionChangedOutsidePlainframeShowsTheNoticeNotTheDocument() {
        SignedWireframeDocuments signed = new SignedWireframeDocuments(settings,
                new SettingsWireframeDocuments(settings), "confluence", new java.security.SecureRandom());
        WireframeView guarded = new WireframeView(new IndexedWireframeStore(settings, signed, Optional::of),
                EnglishTexts.ENGLISH);
        signed.write(new WireframeId("demo"), "1001", 0, HOSTILE, "key-ann");
        settings.compareAndSet("wf.owner.demo", 0, "1001");
        settings.compareAndSet("wf.doc.demo", 1, HOSTILE.replace("alert(1)", "forged"));

        assertThat(guarded.wireframe("1001", new WireframeId("demo"), true))
                .contains("plainframe-changed-outside").contains("Version 2 of this wireframe was uploaded outside")
                .contains("data-version=\"2\"").doesNotContain("forged");
    }

    @Test
    void anIssueListsItsWireframesAfterTheContainerForANewOne() {
        store.create(new WireframeId("first"), "DEMO-1", HOSTILE, "key-ann");
        store.create(new WireframeId("second"), "DEMO-1", HOSTILE, "key-ann");

        String html = view.issue("DEMO-1", true);

        assertThat(html).startsWith("<div class=\"plainframe-issue-wireframes\"><div class=\"plainframe-wireframe "
                + "plainframe-new\" data-content-id=\"DEMO-1\" data-wireframe-new=\"true\" data-version=\"0\""
                + WireframeView.LIMITS + "></div>");
        assertThat(html.indexOf("data-wireframe-id=\"first\"")).isPositive()
                .isLessThan(html.indexOf("data-wireframe-id=\"second\""));
        assertThat(view.issue("DEMO-2", true)).contains("No wireframes on this issue yet.");
    }

    @Test
    void whenTheStoreCannotAnswerThePageStillShowsAndSaysSo() {
        WireframeView down = new WireframeView(WireframesApiTest.failing(new HostUnavailableException("down", null)),
                EnglishTexts.ENGLISH);

        assertThat(down.wireframe("1001", new WireframeId("demo"), true))
                .contains("plainframe-unavailable").contains("cannot be shown just now");
        assertThat(down.issue("DEMO-1", true)).contains("plainframe-unavailable");
    }

    @Test
    void aDamagedStoredValueIsReportedWhereTheWireframeWouldBe() {
        WireframeView damaged = new WireframeView(WireframesApiTest.failing(new CorruptValueException("wf.list.10001",
                "checksum")), EnglishTexts.ENGLISH);

        assertThat(damaged.issue("DEMO-1", true)).contains("plainframe-unreadable").contains("wf.list.10001")
                .contains("damaged");
    }

    @Test
    void aStoredDocumentChangedBehindPlainframesBackIsReportedNotShown() {
        store.create(new WireframeId("demo"), "1001", HOSTILE, "key-ann");
        settings.compareAndSet("wf.doc.demo", 1, "{\"formatVersion\":1}");

        assertThat(view.wireframe("1001", new WireframeId("demo"), true))
                .contains("plainframe-unreadable").contains("$.width");
    }

    @Test
    void aDamagedDocumentIsReportedInItsOwnSlotAndTheIssuesOtherWireframesAndNewActionStay() {
        checkADamagedDocumentIsReportedInItsOwnSlot(view);
    }

    @Test
    void theOwnSlotCheckFailsOnAPanelThatReadsTheIssuesWireframesAllAtOnce() {
        // The panel before the fix, planted: the issue's wireframes read in one call that loads every document,
        // so one damaged document failed them all and its error replaced the whole panel.
        WireframeStore allAtOnce = spy(store);
        doAnswer(call -> store.list(call.getArgument(0)).stream().map(StoredWireframe::id).toList())
                .when(allAtOnce).listedIds(any());
        WireframeView old = new WireframeView(allAtOnce, EnglishTexts.ENGLISH);
        assertThatThrownBy(() -> checkADamagedDocumentIsReportedInItsOwnSlot(old)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("data-wireframe-new");
    }

    private void checkADamagedDocumentIsReportedInItsOwnSlot(WireframeView view) {
        store.create(new WireframeId("login"), "DEMO-1", HOSTILE, "key-ann");
        store.create(new WireframeId("signup"), "DEMO-1", HOSTILE, "key-ann");
        settings.corrupt("wf.doc.login");

        String html = view.issue("DEMO-1", true);

        assertThat(html).contains("data-wireframe-new=\"true\"")
                .contains("data-wireframe-id=\"signup\"").doesNotContain("data-wireframe-id=\"login\"")
                .contains("plainframe-unreadable").contains("wf.doc.login");
    }
}
