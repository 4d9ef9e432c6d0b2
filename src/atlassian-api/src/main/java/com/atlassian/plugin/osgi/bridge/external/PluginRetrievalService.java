package com.atlassian.plugin.osgi.bridge.external;

import com.atlassian.plugin.Plugin;

/** Stand-in for the plugin framework's {@code PluginRetrievalService}: the plugin of the calling bundle. */
public interface PluginRetrievalService {
    Plugin getPlugin();
}
