package com.atlassian.sal.api.pluginsettings;

/** Stand-in for SAL's {@code PluginSettingsFactory}; see the package documentation. */
public interface PluginSettingsFactory {
    PluginSettings createSettingsForKey(String key);

    PluginSettings createGlobalSettings();
}
