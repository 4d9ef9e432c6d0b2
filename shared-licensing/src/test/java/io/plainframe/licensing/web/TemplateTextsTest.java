package io.plainframe.licensing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Texts reach templates as plain, escaped variables named after their keys. */
class TemplateTextsTest {

    @Test
    void aTextsVariableIsItsKeyWithUnderscoresBetweenTextAndHtml() {
        assertThat(TemplateTexts.variable("plainframe.admin.key.preview"))
                .isEqualTo("text_plainframe_admin_key_previewHtml");
        assertThat(TemplateTexts.variable("plainframe.admin.add.search-button"))
                .isEqualTo("text_plainframe_admin_add_search_buttonHtml");
    }

    @Test
    void eachTextIsRenderedAndEscaped() {
        TextRenderer texts = message -> "<b>" + message.key() + "</b> & 'more'";
        assertThat(TemplateTexts.escaped(texts, List.of("a.b", "c-d"))).containsExactly(
                Map.entry("text_a_bHtml", "&lt;b&gt;a.b&lt;/b&gt; &amp; &#39;more&#39;"),
                Map.entry("text_c_dHtml", "&lt;b&gt;c-d&lt;/b&gt; &amp; &#39;more&#39;"));
    }

    @Test
    void twoKeysThatWouldShareAVariableAreRefused() {
        assertThatThrownBy(() -> TemplateTexts.escaped(message -> "x", List.of("a.b-c", "a.b.c")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text_a_b_cHtml");
    }
}
