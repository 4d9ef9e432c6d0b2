package io.plainframe.licensing.check;

import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.i18n.Outcome;
import io.plainframe.licensing.key.License;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking a key: a code and its message, what the key claims when it could be decoded
 * (also when it is not valid, so admins and the vendor can see what they hold), and warnings.
 *
 * @param outcome  the code and the message explaining it
 * @param decoded  what the key says, when it could be decoded; trust it only when {@link #isValid()}
 * @param warnings things to act on; only a valid license has any
 */
public record LicenseCheck(Outcome<LicenseCode> outcome, Optional<License> decoded,
                           List<Outcome<LicenseWarning>> warnings) {

    public LicenseCheck {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decoded, "decoded");
        warnings = List.copyOf(warnings);
        if (outcome.code() != LicenseCode.VALID && !warnings.isEmpty()) {
            throw new IllegalArgumentException("only a valid license has warnings");
        }
        if (outcome.code() == LicenseCode.VALID && decoded.isEmpty()) {
            throw new IllegalArgumentException("a valid check holds its license");
        }
    }

    public LicenseCode code() {
        return outcome.code();
    }

    public Message message() {
        return outcome.message();
    }

    /** Whether editing may be allowed under this license. */
    public boolean isValid() {
        return code() == LicenseCode.VALID;
    }

    /** The license, only when it is valid. */
    public Optional<License> validLicense() {
        return isValid() ? decoded : Optional.empty();
    }

    public boolean hasWarning(LicenseWarning warning) {
        return warnings.stream().anyMatch(w -> w.code() == warning);
    }

    /**
     * This check with the seat warnings for the current roster: at least 80% of a limited license's seats
     * used, or editors waiting for a seat.
     *
     * @param used    editors holding a licensed seat
     * @param waiting editors waiting for one
     */
    public LicenseCheck withSeatUsage(int used, int waiting) {
        if (!isValid()) {
            return this;
        }
        License license = decoded.orElseThrow();
        int seats = license.editors().isUnlimited() ? Integer.MAX_VALUE : license.editors().count();
        return new LicenseCheck(outcome, decoded, withSeatWarnings(warnings, seats, used, waiting));
    }

    /**
     * The warnings with the seat warnings replaced by those for this usage.
     *
     * @param seats {@link Integer#MAX_VALUE} for unlimited
     */
    public static List<Outcome<LicenseWarning>> withSeatWarnings(List<Outcome<LicenseWarning>> warnings, int seats,
                                                                 int used, int waiting) {
        List<Outcome<LicenseWarning>> all = new ArrayList<>(warnings);
        all.removeIf(w -> w.code() == LicenseWarning.SEATS_NEARLY_FULL || w.code() == LicenseWarning.EDITORS_WAITING);
        if (seats != Integer.MAX_VALUE && seats > 0 && used * 5L >= seats * 4L) {
            all.add(Outcome.of(LicenseWarning.SEATS_NEARLY_FULL, LicenseWarning.SEATS_NEARLY_FULL.i18nKey(),
                    used, seats));
        }
        if (waiting > 0) {
            all.add(Outcome.of(LicenseWarning.EDITORS_WAITING, LicenseWarning.EDITORS_WAITING.i18nKey(), waiting));
        }
        return all;
    }
}
