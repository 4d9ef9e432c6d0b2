package com.atlassian.webresource.api.assembler;

/** Stand-in for the web-resource API's {@code PageBuilderService}; see the package documentation. */
public interface PageBuilderService {
    WebResourceAssembler assembler();

    void seed(WebResourceAssembler assembler);
}
