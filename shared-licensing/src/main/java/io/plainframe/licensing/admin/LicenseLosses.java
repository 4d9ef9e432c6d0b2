package io.plainframe.licensing.admin;

import io.plainframe.licensing.access.GoverningLicense;
import io.plainframe.licensing.access.LicenseSource;
import io.plainframe.licensing.check.LicenseCheck;
import io.plainframe.licensing.host.MarketplaceLicense;
import io.plainframe.licensing.i18n.Outcome;
import io.plainframe.licensing.key.License;
import io.plainframe.licensing.seat.Editor;
import io.plainframe.licensing.seat.EditorState;
import io.plainframe.licensing.seat.SeatAllocation;
import io.plainframe.licensing.seat.SeatMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an admin would lose by going from one governing license to another (issue 15, item 12): fewer seats,
 * editors losing theirs, the mode "everyone" ending, earlier maintenance, an evaluation over a paid license, a
 * superseded or unrelated license, another kind of license. Nothing is lost when no valid license governs now,
 * or when the new one would not be valid (such a key is refused anyway).
 */
public final class LicenseLosses {

    /** Usernames a loss message names at most; the count says how many more there are. */
    static final int NAMED_UP_TO = 20;

    private LicenseLosses() {
    }

    /**
     * The losses between two governing licenses over the same roster and mode.
     *
     * @param before the governing license now
     * @param after  the governing license once the key is applied
     * @param mode   the seat mode chosen in the settings
     * @param losing editors who hold a seat now and would wait for one (see {@link #losingSeats})
     */
    public static List<Outcome<LicenseLoss>> between(GoverningLicense before, GoverningLicense after, SeatMode mode,
                                                     List<Editor> losing) {
        List<Outcome<LicenseLoss>> losses = new ArrayList<>();
        if (!before.valid() || !after.valid()) {
            return losses;
        }
        if (after.seats() < before.seats()) {
            losses.add(before.seats() == SeatAllocation.UNLIMITED
                    ? Outcome.of(LicenseLoss.FEWER_SEATS, "plainframe.loss.fewer-seats.from-unlimited",
                            after.seats())
                    : Outcome.of(LicenseLoss.FEWER_SEATS, LicenseLoss.FEWER_SEATS.i18nKey(), before.seats(),
                            after.seats()));
        }
        if (!losing.isEmpty()) {
            List<String> names = losing.stream().limit(NAMED_UP_TO).map(Editor::username).toList();
            losses.add(Outcome.of(LicenseLoss.EDITORS_LOSE_SEATS, LicenseLoss.EDITORS_LOSE_SEATS.i18nKey(),
                    losing.size(), String.join(", ", names), losing.size() - names.size()));
        }
        if (mode == SeatMode.EVERYONE && before.allowsEveryone() && !after.allowsEveryone()) {
            losses.add(Outcome.of(LicenseLoss.EVERYONE_MODE_ENDS, LicenseLoss.EVERYONE_MODE_ENDS.i18nKey()));
        }
        boolean evaluationOverPaid = !isEvaluation(before) && isEvaluation(after);
        if (evaluationOverPaid) {
            losses.add(Outcome.of(LicenseLoss.EVALUATION_OVER_PAID, LicenseLoss.EVALUATION_OVER_PAID.i18nKey(),
                    after.maintenanceEnd()));
        } else if (before.maintenanceEnd() != null && after.maintenanceEnd() != null
                && after.maintenanceEnd().isBefore(before.maintenanceEnd())) {
            losses.add(Outcome.of(LicenseLoss.EARLIER_MAINTENANCE, LicenseLoss.EARLIER_MAINTENANCE.i18nKey(),
                    before.maintenanceEnd(), after.maintenanceEnd()));
        }
        Optional<License> was = vendorLicense(before);
        Optional<License> is = vendorLicense(after);
        if (was.isPresent() && is.isPresent()) {
            losses.addAll(lineage(was.get(), is.get()));
        }
        return losses;
    }

    /**
     * Editors in seat order who hold a seat under {@code before} and would wait under {@code after}, computed
     * with the real seat allocation (deactivated and missing editors as the seat order treats them).
     */
    public static List<Editor> losingSeats(SeatAllocation before, SeatAllocation after) {
        List<Editor> losing = new ArrayList<>();
        List<Editor> editors = after.roster().editors();
        for (int i = 0; i < editors.size(); i++) {
            if (after.stateAt(i) == EditorState.WAITING
                    && before.stateOf(editors.get(i).userKey()) == EditorState.LICENSED) {
                losing.add(editors.get(i));
            }
        }
        return losing;
    }

    /** Going back to a superseded license, to an unrelated one, or to another kind of license. */
    private static List<Outcome<LicenseLoss>> lineage(License was, License is) {
        List<Outcome<LicenseLoss>> losses = new ArrayList<>();
        if (!was.licenseId().equals(is.licenseId())) {
            if (is.licenseId().equals(was.supersedes())) {
                losses.add(Outcome.of(LicenseLoss.SUPERSEDED_LICENSE, LicenseLoss.SUPERSEDED_LICENSE.i18nKey(),
                        is.licenseId(), was.licenseId()));
            } else if (!was.licenseId().equals(is.supersedes())) {
                losses.add(Outcome.of(LicenseLoss.OTHER_LICENSE, LicenseLoss.OTHER_LICENSE.i18nKey(),
                        is.licenseId(), was.licenseId(), is.licensee()));
            }
        }
        if (!was.isEvaluation() && !is.isEvaluation() && was.type() != is.type()) {
            losses.add(Outcome.of(LicenseLoss.TYPE_CHANGES, LicenseLoss.TYPE_CHANGES.i18nKey(), was.type().id(),
                    is.type().id()));
        }
        return losses;
    }

    private static Optional<License> vendorLicense(GoverningLicense license) {
        return license.source() == LicenseSource.VENDOR
                ? license.vendor().flatMap(LicenseCheck::validLicense) : Optional.empty();
    }

    private static boolean isEvaluation(GoverningLicense license) {
        return switch (license.source()) {
            case VENDOR -> vendorLicense(license).map(License::isEvaluation).orElse(false);
            case MARKETPLACE -> license.marketplace().map(MarketplaceLicense::evaluation).orElse(false);
            default -> false;
        };
    }
}
