package io.plainframe.licensing.admin;

import io.plainframe.licensing.access.AccessSnapshots;
import io.plainframe.licensing.access.GoverningLicense;
import io.plainframe.licensing.access.LicenseSource;
import io.plainframe.licensing.audit.Actor;
import io.plainframe.licensing.audit.AuditAction;
import io.plainframe.licensing.check.LicenseCheck;
import io.plainframe.licensing.check.LicenseValidator;
import io.plainframe.licensing.key.KeyText;
import io.plainframe.licensing.key.License;
import io.plainframe.licensing.seat.Editor;
import io.plainframe.licensing.seat.SeatAllocation;
import io.plainframe.licensing.state.PlainframeState;
import io.plainframe.licensing.state.StateStore.Change;
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

    /** What applying this key would do; changes nothing. */
    LicensePreview preview(String keyText) {
        LicenseCheck check = validator.check(keyText);
        PlainframeState state = snapshots.latest().state();
        GoverningLicense after = snapshots.governingFor(state.withVendorKey(keyText));
        int queued = (int) state.roster().editors().stream().filter(Editor::queues).count();
        int seats = check.decoded().map(l -> l.editors().isUnlimited() ? SeatAllocation.UNLIMITED
                : l.editors().count()).orElse(0);
        return new LicensePreview(check, after.source() == LicenseSource.VENDOR && after.valid(), after.reason(),
                queued, seats == SeatAllocation.UNLIMITED ? 0 : Math.max(0, queued - seats));
    }

    /**
     * Validates the key for this product and build and stores it; an invalid key is refused with its code. The
     * editors group is synchronised at once, so its members hold their seats before anyone can be added directly.
     */
    ChangeResult applyVendorKey(Actor actor, String keyText) {
        ChangeResult result = storeVendorKey(actor, keyText);
        if (result.isDone()) {
            sync.syncDirectory();
        }
        return result;
    }

    private ChangeResult storeVendorKey(Actor actor, String keyText) {
        LicenseCheck check = validator.check(keyText);
        if (!check.isValid()) {
            return ChangeResult.refused(ChangeCode.INVALID_LICENSE, check.message(),
                    Map.of("licenseCode", check.code().name()));
        }
        String key = KeyText.normalise(keyText);
        License license = check.validLicense().orElseThrow();
        return changes.apply(loaded -> Change.write(loaded.state().withVendorKey(key), new Decided(
                ChangeResult.done("plainframe.change.done.license-applied", license.licensee()),
                List.of(changes.event(actor, AuditAction.LICENSE_APPLIED, license.licenseId(),
                        "plainframe.audit.license-applied", actor.username(), license.licenseId(), license.licensee(),
                        license.editors().toString(), license.maintenanceEnd())))));
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
