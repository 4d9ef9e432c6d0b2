package com.atlassian.sal.api.pluginsettings;

/** Stand-in for SAL's {@code PluginSettings}; see the package documentation. */
public interface PluginSettings {
    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
