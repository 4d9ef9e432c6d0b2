package com.atlassian.upm.api.license.entity;

/** Stand-in for UPM's {@code LicenseType}; constant order as in UPM 6.4.1. */
public enum LicenseType {
    ACADEMIC,
    COMMERCIAL,
    COMMUNITY,
    DEMONSTRATION,
    DEVELOPER,
    NON_PROFIT,
    OPEN_SOURCE,
    PERSONAL,
    STARTER,
    HOSTED,
    TESTING;

    /** Renders as {@code LicenseType<NAME>}, like UPM. */
    @Override
    public String toString() {
        return "LicenseType<" + name() + ">";
    }

    /** Academic, commercial and starter licences are paid ones. */
    public boolean isPaidType() {
        return this == ACADEMIC || this == COMMERCIAL || this == STARTER;
    }
}
