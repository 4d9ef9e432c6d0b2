package io.plainframe.licensing.admin;

import java.util.Locale;

/** What a previewed key would do if applied, relative to the license installed now (issue 15, item 13). */
public enum PreviewEffect {
    /** The key would be refused; the license in force now stays. */
    REFUSED_CURRENT_STAYS,
    /** The key would be refused, and there is no valid license now either. */
    REFUSED_NO_LICENSE,
    /** The key would govern and lower nothing. */
    GOVERNS,
    /** The key would govern, with losses the admin must confirm. */
    GOVERNS_WITH_LOSSES,
    /** The key would be stored, but another license (a Marketplace one) would still govern. */
    STORED_NOT_GOVERNING;

    public String i18nKey() {
        return "plainframe.preview.effect." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
