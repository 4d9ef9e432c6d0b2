package com.atlassian.plugin;

/**
 * Stand-in for the plugin framework's {@code Plugin}. Partial: only the listed members are copied, and the real
 * super-interfaces ({@code ScopeAware}, {@code Resourced}, {@code Comparable<Plugin>}) are left out.
 */
public interface Plugin {
    String getKey();

    PluginInformation getPluginInformation();
}
