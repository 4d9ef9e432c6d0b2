package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

/** Stand-in for Confluence's {@code ConversionContext}. Partial: what a macro needs to know where it renders. */
public interface ConversionContext {

    /** {@code display}, {@code preview}, {@code word}, {@code pdf}, {@code html_export}, {@code feed}, ... */
    String getOutputType();

    /** The page or blog post being rendered; may be null. */
    ContentEntityObject getEntity();
}
