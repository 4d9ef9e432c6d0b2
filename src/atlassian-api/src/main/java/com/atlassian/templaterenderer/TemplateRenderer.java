package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Stand-in for the template renderer API's {@code TemplateRenderer}. Not to be confused with Confluence's
 * unrelated {@code com.atlassian.confluence.renderer.template.TemplateRenderer}.
 */
public interface TemplateRenderer {
    void render(String templateName, Writer writer) throws RenderingException, IOException;

    void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException;

    String renderFragment(String fragment, Map<String, Object> context) throws RenderingException;

    boolean resolve(String templateName);
}
