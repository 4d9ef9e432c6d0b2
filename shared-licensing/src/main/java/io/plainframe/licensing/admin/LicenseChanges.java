package io.plainframe.licensing.admin;

import io.plainframe.licensing.access.AccessSnapshots;
import io.plainframe.licensing.access.GoverningLicense;
import io.plainframe.licensing.access.LicenseSource;
import io.plainframe.licensing.audit.Actor;
import io.plainframe.licensing.audit.AuditAction;
import io.plainframe.licensing.check.LicenseCheck;
import io.plainframe.licensing.check.LicenseValidator;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.i18n.Outcome;
import io.plainframe.licensing.key.KeyText;
import io.plainframe.licensing.key.License;
import io.plainframe.licensing.seat.Editor;
import io.plainframe.licensing.seat.EditorState;
import io.plainframe.licensing.seat.SeatAllocation;
import io.plainframe.licensing.state.PlainframeState;
import io.plainframe.licensing.state.StateStore.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Applying and removing the vendor key, and previewing what a key would do. */
final class LicenseChanges {

    private final LicenseValidator validator;
    private final AccessSnapshots snapshots;
    private final Changes changes;
    private final DirectorySync sync;

    LicenseChanges(LicenseValidator validator, AccessSnapshots snapshots, Changes changes, DirectorySync sync) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.changes = Objects.requireNonNull(changes, "changes");
        this.sync = Objects.requireNonNull(sync, "sync");
    }

    /** What applying this key would do, relative to the license in force now; changes nothing. */
    LicensePreview preview(String keyText) {
        LicenseCheck check = validator.check(keyText);
        PlainframeState state = snapshots.latest().state();
        GoverningLicense before = snapshots.governingFor(state);
        int queued = (int) state.roster().editors().stream().filter(Editor::queues).count();
        if (!check.isValid()) {
            // A refused key changes nothing: the effect is the current license staying, never "no license".
            PreviewEffect effect = before.valid() ? PreviewEffect.REFUSED_CURRENT_STAYS
                    : PreviewEffect.REFUSED_NO_LICENSE;
            SeatAllocation now = SeatAllocation.of(state.roster(), before.seats());
            return new LicensePreview(check, false, before.reason(), Outcome.of(effect, effect.i18nKey()), queued,
                    waiting(now), List.of(), List.of());
        }
        Assessment assessment = assess(state, KeyText.normalise(keyText));
        GoverningLicense after = assessment.after();
        boolean governs = after.source() == LicenseSource.VENDOR && after.valid();
        PreviewEffect effect = !governs ? PreviewEffect.STORED_NOT_GOVERNING
                : assessment.losses().isEmpty() ? PreviewEffect.GOVERNS : PreviewEffect.GOVERNS_WITH_LOSSES;
        return new LicensePreview(check, governs, after.reason(), Outcome.of(effect, effect.i18nKey()), queued,
                waiting(assessment.allocation()), assessment.losing(), assessment.losses());
    }

    /**
     * Validates the key for this product and build and stores it; an invalid key is refused with its code, and a
     * key that lowers what the admin has (see {@link LicenseLosses}) is refused with
     * {@link ChangeCode#DOWNGRADE_NEEDS_CONFIRMATION} unless {@code acceptLosses}. The losses are judged on the
     * state the change replaces, inside the compare-and-set, so a concurrent change cannot slip one past. The
     * editors group is synchronised at once, so its members hold their seats before anyone can be added directly.
     */
    ChangeResult applyVendorKey(Actor actor, String keyText, boolean acceptLosses) {
        ChangeResult result = storeVendorKey(actor, keyText, acceptLosses);
        if (result.isDone()) {
            sync.syncAfterChange();
        }
        return result;
    }

    private ChangeResult storeVendorKey(Actor actor, String keyText, boolean acceptLosses) {
        LicenseCheck check = validator.check(keyText);
        if (!check.isValid()) {
            return ChangeResult.refused(ChangeCode.INVALID_LICENSE, check.message(),
                    Map.of("licenseCode", check.code().name()));
        }
        String key = KeyText.normalise(keyText);
        License license = check.validLicense().orElseThrow();
        return changes.apply(loaded -> {
            List<Outcome<LicenseLoss>> losses = assess(loaded.state(), key).losses();
            if (!losses.isEmpty() && !acceptLosses) {
                ChangeCode code = ChangeCode.DOWNGRADE_NEEDS_CONFIRMATION;
                return Change.refuse(new Decided(ChangeResult.refused(code, Message.of(code.i18nKey(),
                        losses.size()), Map.of("losses", losses.stream().map(l -> l.code().name()).toList())),
                        List.of()));
            }
            return Change.write(loaded.state().withVendorKey(key), new Decided(
                    ChangeResult.done("plainframe.change.done.license-applied", license.licensee()),
                    List.of(changes.event(actor, AuditAction.LICENSE_APPLIED, license.licenseId(),
                            "plainframe.audit.license-applied", actor.username(), license.licenseId(),
                            license.licensee(), license.editors().toString(), license.maintenanceEnd()))));
        });
    }

    /** The governing license before and after storing the key, who would lose a seat, and what else is lost. */
    private Assessment assess(PlainframeState state, String key) {
        GoverningLicense before = snapshots.governingFor(state);
        GoverningLicense after = snapshots.governingFor(state.withVendorKey(key));
        SeatAllocation now = SeatAllocation.of(state.roster(), before.seats());
        SeatAllocation then = SeatAllocation.of(state.roster(), after.seats());
        List<Editor> losing = LicenseLosses.losingSeats(now, then);
        return new Assessment(after, then, losing,
                LicenseLosses.between(before, after, state.settings().mode(), losing));
    }

    private static List<Editor> waiting(SeatAllocation allocation) {
        List<Editor> waiting = new ArrayList<>();
        List<Editor> editors = allocation.roster().editors();
        for (int i = 0; i < editors.size(); i++) {
            if (allocation.stateAt(i) == EditorState.WAITING) {
                waiting.add(editors.get(i));
            }
        }
        return waiting;
    }

    private record Assessment(GoverningLicense after, SeatAllocation allocation, List<Editor> losing,
                              List<Outcome<LicenseLoss>> losses) {
    }

    ChangeResult removeVendorKey(Actor actor) {
        return changes.apply(loaded -> {
            Optional<String> key = loaded.state().vendorKeyText();
            if (key.isEmpty()) {
                return Change.refuse(new Decided(ChangeResult.refused(ChangeCode.NO_VENDOR_KEY), List.of()));
            }
            String licenseId = validator.check(key.get()).decoded().map(License::licenseId).orElse("?");
            return Change.write(loaded.state().withVendorKey(null), new Decided(
                    ChangeResult.done("plainframe.change.done.license-removed"),
                    List.of(changes.event(actor, AuditAction.LICENSE_REMOVED, licenseId,
                            "plainframe.audit.license-removed",
                            actor.username(), licenseId))));
        });
    }
}
