package com.atlassian.upm.api.license.entity;

/** Stand-in for UPM's {@code Contact}. */
public interface Contact {
    String getName();

    String getEmail();
}
