package com.atlassian.crowd.embedded.api;

/** Stand-in for embedded Crowd's {@code Directory}. Partial: only {@code getId()} and {@code getName()}. */
public interface Directory {

    Long getId();

    String getName();
}
