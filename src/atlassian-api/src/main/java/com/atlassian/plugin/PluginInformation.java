package com.atlassian.plugin;

import java.util.Collections;
import java.util.Map;

/**
 * Stand-in for the plugin framework's {@code PluginInformation}. Partial: only the listed getters are copied
 * (defaults as in the real class: version {@code "0.0"}, no parameters); test doubles override them.
 */
public class PluginInformation {
    public PluginInformation() {
        super();
    }

    public String getVersion() {
        return "0.0";
    }

    public Map<String, String> getParameters() {
        return Collections.emptyMap();
    }
}
