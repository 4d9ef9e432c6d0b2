package io.plainframe.licensing.admin;

import io.plainframe.licensing.access.AccessSnapshots;
import io.plainframe.licensing.audit.Actor;
import io.plainframe.licensing.check.LicenseValidator;
import io.plainframe.licensing.host.AuditSink;
import io.plainframe.licensing.host.UserDirectory;
import io.plainframe.licensing.seat.SeatMode;
import io.plainframe.licensing.state.StateStore;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Every change to Plainframe's licensing state. Each one is computed from the state it replaces
 * (compare-and-set, recomputed on conflict, so concurrent admins never exceed the seat limit or lose an
 * update), audited with who, what and when, and installed as the new access snapshot at once. Host
 * lookups happen before the change, so a directory outage changes nothing. The changes live in four
 * parts: the license, editors, seat requests, and the directory sync with the settings that drive it.
 */
public final class LicensingService {

    /** Tries of a sync whose facts went stale because the state changed meanwhile. */
    static final int SYNC_ATTEMPTS = DirectorySync.SYNC_ATTEMPTS;
    /** Pending seat requests kept at most, so stored state stays bounded whatever users do. */
    static final int MAX_PENDING_REQUESTS = SeatRequests.MAX_PENDING_REQUESTS;
    /** Beyond this many editors changed at once, the audit gets one summary instead of one event each. */
    static final int AUDIT_EACH_UP_TO = Changes.AUDIT_EACH_UP_TO;

    private final LicenseChanges license;
    private final EditorChanges editors;
    private final SeatRequests requests;
    private final DirectorySync sync;

    /**
     * @param validator checks vendor keys for this product and build
     * @param random    draws seat request ids
     */
    public LicensingService(LicenseValidator validator, StateStore store, AccessSnapshots snapshots,
                            UserDirectory directory, AuditSink audit, Clock clock, RandomGenerator random) {
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(snapshots, "snapshots");
        Objects.requireNonNull(directory, "directory");
        Changes changes = new Changes(store, snapshots, audit, clock);
        this.sync = new DirectorySync(store, snapshots, directory, changes);
        this.license = new LicenseChanges(validator, snapshots, changes, sync);
        this.editors = new EditorChanges(snapshots, directory, changes);
        this.requests = new SeatRequests(store, snapshots, directory, editors, changes,
                Objects.requireNonNull(random, "random"));
    }

    /** What applying this key would do; changes nothing. */
    public LicensePreview preview(String keyText) {
        return license.preview(keyText);
    }

    /**
     * Validates the key for this product and build and stores it; an invalid key is refused with its code, and a
     * key that lowers what the admin has is refused with {@code DOWNGRADE_NEEDS_CONFIRMATION}. The editors group
     * is synchronised right after, so its members hold their seats at once.
     */
    public ChangeResult applyVendorKey(Actor actor, String keyText) {
        return license.applyVendorKey(actor, keyText, false);
    }

    /** Applies the key as {@link #applyVendorKey(Actor, String)} does, with the admin accepting its losses. */
    public ChangeResult applyVendorKey(Actor actor, String keyText, boolean acceptLosses) {
        return license.applyVendorKey(actor, keyText, acceptLosses);
    }

    public ChangeResult removeVendorKey(Actor actor) {
        return license.removeVendorKey(actor);
    }

    /**
     * Assigns seats directly, all or nothing: unknown or deactivated users refuse the whole list, and so does
     * asking for more new editors than there are free seats ({@code NO_FREE_SEATS} with both numbers).
     */
    public ChangeResult addEditors(Actor actor, List<String> usernames) {
        return editors.addEditors(actor, usernames);
    }

    /** Removes direct assignments, all or nothing (editors from the group only stay, unless missing). */
    public ChangeResult removeEditors(Actor actor, List<String> usernames) {
        return editors.removeEditors(actor, usernames);
    }

    /**
     * Changes the mode and the editors group; "everyone" only when the governing license offers it. A new group must
     * exist in the host; one that would remove editors is refused ({@code REMOVES_EDITORS}, naming them) unless the
     * removals are confirmed.
     */
    public ChangeResult updateSettings(Actor actor, SeatMode mode, String editorsGroup, boolean removalsConfirmed) {
        return sync.updateSettings(actor, mode, editorsGroup, removalsConfirmed);
    }

    /** {@link #updateSettings(Actor, SeatMode, String, boolean)} with removals not confirmed. */
    public ChangeResult updateSettings(Actor actor, SeatMode mode, String editorsGroup) {
        return updateSettings(actor, mode, editorsGroup, false);
    }

    /** A user asks for a seat, with an optional note; one pending request per user. */
    public ChangeResult requestSeat(Actor user, String note) {
        return requests.requestSeat(user, note);
    }

    /** Approves a request: the user becomes a direct editor, within the free seats. */
    public ChangeResult approveRequest(Actor admin, String requestId) {
        return requests.approveRequest(admin, requestId);
    }

    public ChangeResult dismissRequest(Actor admin, String requestId) {
        return requests.dismissRequest(admin, requestId);
    }

    /** Brings the roster in line with the directory; if the directory cannot answer, nothing changes. */
    public ChangeResult syncDirectory() {
        return sync.syncDirectory();
    }
}
