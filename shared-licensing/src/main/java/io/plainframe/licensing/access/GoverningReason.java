package io.plainframe.licensing.access;

import java.util.Locale;

/** Why a license governs (SPEC 2.1), in order of precedence. */
public enum GoverningReason {
    /** A valid Marketplace license that is not an evaluation always comes first. */
    MARKETPLACE,
    /** Otherwise a valid vendor key; it also beats a Marketplace evaluation. */
    VENDOR_KEY,
    /** Otherwise a valid Marketplace evaluation. */
    MARKETPLACE_EVALUATION,
    /** Nothing is valid: the vendor key is shown with its problem. */
    INVALID_VENDOR_KEY,
    /** Nothing is valid: the Marketplace license is shown with its problem. */
    INVALID_MARKETPLACE,
    /** Neither source has a license. */
    NONE;

    public String i18nKey() {
        return "plainframe.governing." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
