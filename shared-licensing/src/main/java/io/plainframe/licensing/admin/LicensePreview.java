package io.plainframe.licensing.admin;

import io.plainframe.licensing.access.GoverningReason;
import io.plainframe.licensing.check.LicenseCheck;
import io.plainframe.licensing.i18n.Outcome;
import io.plainframe.licensing.seat.Editor;
import java.util.List;
import java.util.Objects;

/**
 * What applying a vendor key would do, shown before the admin applies it (SPEC 5), worded relative to the
 * license installed now.
 *
 * @param check        the key's check for this product and build (editors, maintenance end, coverage)
 * @param wouldGovern  whether it would become the governing license
 * @param reason       why the license that would govern does (for a key that would be refused: the current one)
 * @param effect       what happens if the key is applied, relative to the installed license
 * @param editors      editors queueing for a seat now (active and missing)
 * @param waiting      editors who would wait for a seat under the key, in seat order (from the real allocation)
 * @param losing       those of them who hold a seat now
 * @param losses       what the admin would have less of; applying then needs a confirmation
 */
public record LicensePreview(LicenseCheck check, boolean wouldGovern, Outcome<GoverningReason> reason,
                             Outcome<PreviewEffect> effect, int editors, List<Editor> waiting, List<Editor> losing,
                             List<Outcome<LicenseLoss>> losses) {

    public LicensePreview {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(effect, "effect");
        waiting = List.copyOf(waiting);
        losing = List.copyOf(losing);
        losses = List.copyOf(losses);
    }

    /** How many editors would wait for a seat under this key. */
    public int waitingAfter() {
        return waiting.size();
    }

    /** Whether every current editor would keep (or get) a seat. */
    public boolean editorsFit() {
        return waiting.isEmpty();
    }

    /** Whether applying the key needs the admin's confirmation (it lowers what they have). */
    public boolean needsConfirmation() {
        return !losses.isEmpty();
    }
}
