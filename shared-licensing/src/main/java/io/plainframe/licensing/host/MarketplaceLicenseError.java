package io.plainframe.licensing.host;

import java.util.Locale;

/**
 * UPM's reasons a Marketplace license is not usable, mirroring {@code com.atlassian.upm.api.license.entity
 * .LicenseError} by name (the adapter maps by name, so a new UPM value lands on {@link #UNKNOWN}).
 */
public enum MarketplaceLicenseError {
    EXPIRED,
    TYPE_MISMATCH,
    USER_MISMATCH,
    EDITION_MISMATCH,
    ROLE_EXCEEDED,
    ROLE_UNDEFINED,
    VERSION_MISMATCH,
    UNKNOWN;

    public String i18nKey() {
        return "plainframe.marketplace.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
