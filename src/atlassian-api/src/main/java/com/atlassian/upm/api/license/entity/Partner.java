package com.atlassian.upm.api.license.entity;

/** Stand-in for UPM's {@code Partner}. */
public interface Partner extends Organization {
}
