package io.plainframe.licensing.tool;

import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.i18n.MessageBundle;

/**
 * The tool's texts, in English: its own bundle ({@code license-tool.properties}: the commands and the issuing
 * rules' messages, which no plugin shows), then the licensing core's for what a host says too (a key's check).
 */
public final class ToolText {

    /** The tool's own bundle. */
    public static final String BUNDLE = "io.plainframe.licensing.tool.license-tool";

    private final MessageBundle tool = MessageBundle.english(BUNDLE);
    private final MessageBundle licensing = MessageBundle.english(MessageBundle.LICENSING);

    /** One of the tool's own texts. */
    public String text(String key, Object... arguments) {
        return tool.text(key, arguments);
    }

    /** A message from the tool, the issuing rules or the licensing core. */
    public String render(Message message) {
        return (tool.has(message.key()) ? tool : licensing).render(message);
    }
}
