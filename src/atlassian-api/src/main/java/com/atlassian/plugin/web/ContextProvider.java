package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/** Stand-in for the web-fragment {@code ContextProvider}; see the package documentation. */
public interface ContextProvider {
    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
