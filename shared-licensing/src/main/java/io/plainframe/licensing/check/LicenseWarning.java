package io.plainframe.licensing.check;

import java.util.Locale;

/** Things an admin should act on while a license is still {@link LicenseCode#VALID}. */
public enum LicenseWarning {
    /** Maintenance ends within 30 days. */
    MAINTENANCE_ENDING,
    /** Maintenance has ended; this build stays covered, later ones will not be. */
    MAINTENANCE_ENDED,
    /** An evaluation ends within 7 days. */
    EVALUATION_ENDING,
    /** At least 80% of the seats are taken. */
    SEATS_NEARLY_FULL,
    /** More editors than seats: some are waiting. */
    EDITORS_WAITING;

    public String i18nKey() {
        return "plainframe.license.warning." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
