package com.atlassian.upm.api.license.entity;

/** Stand-in for UPM's {@code Organization}. */
public interface Organization {
    String getName();
}
