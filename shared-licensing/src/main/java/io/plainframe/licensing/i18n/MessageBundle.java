package io.plainframe.licensing.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Renders {@link Message}s from a properties bundle with {@link MessageFormat}, the way Atlassian's
 * {@code I18nResolver} does; used where no host resolves text (the license-tool, tests).
 */
public final class MessageBundle {

    /** The licensing core's own bundle; plugins register the same file as their i18n resource. */
    public static final String LICENSING = "io.plainframe.licensing.i18n.plainframe";

    private final ResourceBundle bundle;
    private final Locale locale;

    private MessageBundle(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The named bundle in the given language, falling back to English. */
    public static MessageBundle load(String baseName, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale, MessageBundle.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageBundle(bundle, locale);
    }

    public static MessageBundle english(String baseName) {
        return load(baseName, Locale.ENGLISH);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text for a message; a key missing from the bundle shows as the key itself, never as an error. */
    public String render(Message message) {
        return text(message.key(), message.arguments().toArray());
    }

    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
