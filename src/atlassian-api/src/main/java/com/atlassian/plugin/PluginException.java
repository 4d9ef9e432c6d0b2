package com.atlassian.plugin;

/** Stand-in for the plugin framework's {@code PluginException} (unchecked). */
public class PluginException extends RuntimeException {
    public PluginException() {
        super();
    }

    public PluginException(String message) {
        super(message);
    }

    public PluginException(Throwable cause) {
        super(cause);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
