package com.atlassian.plugin;

/** Stand-in for the plugin framework's {@code PluginParseException} (unchecked). */
public class PluginParseException extends PluginException {
    public PluginParseException() {
        super();
    }

    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(Throwable cause) {
        super(cause);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
