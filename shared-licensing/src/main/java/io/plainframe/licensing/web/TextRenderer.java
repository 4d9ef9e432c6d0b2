package io.plainframe.licensing.web;

import io.plainframe.licensing.i18n.Message;

/** Turns messages into text in the caller's language (the host's {@code I18nResolver}). */
@FunctionalInterface
public interface TextRenderer {

    String render(Message message);
}
