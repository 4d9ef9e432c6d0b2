package io.plainframe.licensing.web;

import io.plainframe.licensing.i18n.Message;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Texts for Velocity templates that call no method. Confluence 9 and Jira 10 block every call a template makes
 * that is not on their allowlist ({@code $i18n.getText(...)} and getters included), so each text a page shows is
 * put into the template's context already rendered and HTML-escaped, as a plain variable named after its i18n
 * key: {@code text_}, then the key with every {@code .} and {@code -} turned into {@code _}, then {@code Html}
 * (the suffix of values that are escaped already). {@code plainframe.admin.key.preview} is
 * {@code $text_plainframe_admin_key_previewHtml}.
 */
public final class TemplateTexts {

    private TemplateTexts() {
    }

    /** The template variable of a text. */
    public static String variable(String key) {
        return "text_" + key.replace('.', '_').replace('-', '_') + "Html";
    }

    /**
     * Each text's variable and its text, escaped. The texts take no arguments; a text that does is rendered
     * with its arguments and put into the context on its own.
     *
     * @throws IllegalArgumentException when two keys would share a variable
     */
    public static Map<String, String> escaped(TextRenderer texts, Collection<String> keys) {
        Map<String, String> context = new LinkedHashMap<>();
        Map<String, String> keyOf = new LinkedHashMap<>();
        for (String key : keys) {
            String variable = variable(key);
            String other = keyOf.putIfAbsent(variable, key);
            if (other != null && !other.equals(key)) {
                throw new IllegalArgumentException(key + " and " + other + " would both be $" + variable);
            }
            context.put(variable, Html.escape(texts.render(Message.of(key))));
        }
        return context;
    }
}
