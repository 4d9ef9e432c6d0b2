package com.atlassian.webresource.api.assembler;

/**
 * Stand-in for the web-resource API's {@code WebResourceAssembler}. Partial: the real interface also has
 * {@code assembled()}, {@code data()} and {@code copy()}.
 */
public interface WebResourceAssembler {
    RequiredResources resources();
}
