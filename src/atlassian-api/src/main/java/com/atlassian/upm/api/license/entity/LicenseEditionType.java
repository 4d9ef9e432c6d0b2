package com.atlassian.upm.api.license.entity;

/** Stand-in for UPM's {@code LicenseEditionType}; constant order as in UPM 6.4.1. */
public enum LicenseEditionType {
    USER_COUNT,
    ROLE_COUNT,
    REMOTE_AGENT_COUNT
}
