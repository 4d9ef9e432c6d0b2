package io.plainframe.wireframes;

import io.plainframe.licensing.i18n.MessageBundle;
import io.plainframe.licensing.web.TextRenderer;

/** The plugins' texts in English, both bundles as one, as the hosts render them. */
public final class EnglishTexts {

    private static final MessageBundle WIREFRAMES = MessageBundle.english("io.plainframe.wireframes.i18n.wireframes");
    private static final MessageBundle LICENSING = MessageBundle.english(MessageBundle.LICENSING);

    public static final TextRenderer ENGLISH = message -> (WIREFRAMES.has(message.key()) ? WIREFRAMES : LICENSING)
            .render(message);

    private EnglishTexts() {
    }
}
