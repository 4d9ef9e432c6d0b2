package io.plainframe.licensing.check;

import java.util.Locale;

/**
 * The outcome of checking a key, in the order they are checked (SPEC 2.3); the first failure wins.
 * Only {@link #VALID} lets anyone edit; every code leaves viewing on.
 */
public enum LicenseCode {
    /** Cannot be decoded; the message says why, and points to UPM when it looks like a Marketplace license. */
    MALFORMED,
    /** Tampered, forged, or signed by a key this build does not trust. */
    BAD_SIGNATURE,
    /** A Jira key in Confluence or the reverse. */
    WRONG_PRODUCT,
    /** An evaluation whose end date has passed. */
    EVALUATION_EXPIRED,
    /** Maintenance ended before the plugin was built. */
    NOT_COVERED,
    /** Everything checks out; warnings may still apply. */
    VALID;

    /** The message key stem, for example {@code plainframe.license.not-covered}. */
    public String i18nKey() {
        return "plainframe.license." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
