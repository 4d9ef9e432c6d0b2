package com.atlassian.upm.api.license.entity;

/** Stand-in for UPM's {@code LicenseError}; constant order as in UPM 6.4.1. */
public enum LicenseError {
    EXPIRED,
    TYPE_MISMATCH,
    USER_MISMATCH,
    EDITION_MISMATCH,
    ROLE_EXCEEDED,
    ROLE_UNDEFINED,
    VERSION_MISMATCH;

    /** Renders as {@code LicenseError<NAME>}, like UPM. */
    @Override
    public String toString() {
        return "LicenseError<" + name() + ">";
    }
}
