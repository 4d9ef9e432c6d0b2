package io.plainframe.licensing.admin;

import io.plainframe.licensing.access.GoverningReason;
import io.plainframe.licensing.check.LicenseCheck;
import io.plainframe.licensing.i18n.Outcome;
import java.util.Objects;

/**
 * What applying a vendor key would do, shown before the admin applies it (SPEC 5).
 *
 * @param check        the key's check for this product and build (editors, maintenance end, coverage)
 * @param wouldGovern  whether it would become the governing license
 * @param reason       why it would (or would not) govern
 * @param editors      editors queueing for a seat now (active and missing)
 * @param waitingAfter how many of them would wait for a seat under this key
 */
public record LicensePreview(LicenseCheck check, boolean wouldGovern, Outcome<GoverningReason> reason, int editors,
                             int waitingAfter) {

    public LicensePreview {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether every current editor would keep (or get) a seat. */
    public boolean editorsFit() {
        return waitingAfter == 0;
    }
}
