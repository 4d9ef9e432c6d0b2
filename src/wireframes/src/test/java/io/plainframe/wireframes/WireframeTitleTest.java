package io.plainframe.wireframes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Issue 16 (SPEC 8): a wireframe has a title, optional so that every earlier document stays valid. */
class WireframeTitleTest {

    private static final String EMPTY = "{\"formatVersion\":1,\"width\":400,\"height\":300,\"controls\":[]}";

    @Test
    void aDocumentWithoutATitleReadsAndWritesExactlyAsBefore() {
        Wireframe read = WireframeFormat.read(EMPTY);

        assertThat(read.title()).isEmpty();
        assertThat(WireframeFormat.write(read)).isEqualTo(EMPTY);
    }

    @Test
    void anyUnicodeTitleRoundTripsExactly() {
        String title = "Anmeldung — 登录 😀 <b>&amp;</b> \"quoted\" \u202Eright-to-left";
        String document = EMPTY.replace("{\"formatVersion\":1,", "{\"formatVersion\":1,\"title\":"
                + io.plainframe.licensing.json.Json.write(title) + ",");

        Wireframe read = WireframeFormat.read(document);

        assertThat(read.title()).isEqualTo(title);
        assertThat(WireframeFormat.write(read)).isEqualTo(document);
        assertThat(WireframeFormat.read(WireframeFormat.write(read))).isEqualTo(read);
    }

    @Test
    void aTitleIsOneBoundedLineOfText() {
        String longest = "t".repeat(WireframeFormat.MAX_TITLE);
        assertThat(WireframeFormat.read(titled("\"" + longest + "\"")).title()).isEqualTo(longest);

        assertThatThrownBy(() -> WireframeFormat.read(titled("\"" + longest + "t\"")))
                .isInstanceOf(InvalidWireframeException.class).hasFieldOrPropertyWithValue("path", "$.title");
        assertThatThrownBy(() -> WireframeFormat.read(titled("\"two\\nlines\"")))
                .isInstanceOf(InvalidWireframeException.class).hasFieldOrPropertyWithValue("path", "$.title");
        assertThatThrownBy(() -> WireframeFormat.read(titled("\"bell\\u0007\"")))
                .isInstanceOf(InvalidWireframeException.class).hasFieldOrPropertyWithValue("path", "$.title");
        assertThatThrownBy(() -> WireframeFormat.read(titled("\"half \\ud83d\""))).as("refused by the parser")
                .isInstanceOf(InvalidWireframeException.class);
        assertThatThrownBy(() -> WireframeFormat.read(titled("42")))
                .isInstanceOf(InvalidWireframeException.class).hasFieldOrPropertyWithValue("path", "$.title");
    }

    @Test
    void theRendererNamesThePictureByTheLabelItIsGivenEscaped() {
        Wireframe titled = WireframeFormat.read(titled("\"Sign in <now> & \\\"go\\\"\""));

        assertThat(SvgRenderer.render(titled, titled.title()))
                .contains("aria-label=\"Sign in &lt;now&gt; &amp; &quot;go&quot;\"");
    }

    @Test
    void aPageAndAnIssueShowTheTitleEscapedAboveThePictureWhichItNames() {
        io.plainframe.licensing.host.InMemorySettingsStore settings =
                new io.plainframe.licensing.host.InMemorySettingsStore();
        io.plainframe.wireframes.store.IndexedWireframeStore store = new io.plainframe.wireframes.store
                .IndexedWireframeStore(settings, new io.plainframe.wireframes.store.SettingsWireframeDocuments(
                settings), java.util.Optional::of);
        store.create(new io.plainframe.wireframes.store.WireframeId("demo"), "1001",
                titled("\"<script>Sign in</script>\""), "key-ann");
        io.plainframe.wireframes.web.WireframeView view = new io.plainframe.wireframes.web.WireframeView(store,
                EnglishTexts.ENGLISH);

        for (String html : java.util.List.of(view.wireframe("1001", new io.plainframe.wireframes.store.WireframeId(
                "demo"), true), view.issue("1001", true))) {
            assertThat(html).contains("<p class=\"plainframe-title\">&lt;script&gt;Sign in&lt;/script&gt;</p>"
                    + "<div class=\"plainframe-figure\"><svg ").contains("aria-label=\"&lt;script&gt;Sign in")
                    .doesNotContain("<script>");
        }
    }

    private static String titled(String title) {
        return EMPTY.replace("\"controls\"", "\"title\":" + title + ",\"controls\"");
    }
}
