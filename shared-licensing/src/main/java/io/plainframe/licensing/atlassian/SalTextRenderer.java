package io.plainframe.licensing.atlassian;

import com.atlassian.sal.api.message.I18nResolver;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.web.TextRenderer;
import java.io.Serializable;
import java.util.Objects;

/** Messages in the user's language through SAL's {@code I18nResolver} (MessageFormat, like our bundles). */
public final class SalTextRenderer implements TextRenderer {

    private final I18nResolver i18n;

    public SalTextRenderer(I18nResolver i18n) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    @Override
    public String render(Message message) {
        // Message arguments are strings and whole numbers only, all Serializable.
        Serializable[] arguments = message.arguments().stream().map(Serializable.class::cast)
                .toArray(Serializable[]::new);
        return i18n.getText(message.key(), arguments);
    }
}
