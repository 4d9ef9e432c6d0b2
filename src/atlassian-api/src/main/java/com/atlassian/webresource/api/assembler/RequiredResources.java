package com.atlassian.webresource.api.assembler;

/**
 * Stand-in for the web-resource API's {@code RequiredResources}. Partial: the real interface also has the
 * {@code ResourcePhase} overloads, {@code requireModule}, {@code requirePage}, {@code exclude} and the superbatch
 * methods. Every method returns this object for chaining.
 */
public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);

    RequiredResources requireContext(String context);
}
