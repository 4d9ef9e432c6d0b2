package io.plainframe.licensing.seat;

import java.time.Instant;
import java.util.Objects;

/**
 * One editor of the roster, with the last facts the host's directory gave about them (so a missing user
 * can still be shown and removed).
 *
 * @param userKey      the host's stable user key
 * @param username     the login name, as last seen
 * @param displayName  the full name, as last seen
 * @param email        the address, as last seen, or {@code null}
 * @param direct       assigned directly by an admin
 * @param group        a member of the editors group when last looked at
 * @param seatedSince  assignment time, first time seen in the group, or reactivation time
 * @param status       what the directory last said
 */
public record Editor(String userKey, String username, String displayName, String email, boolean direct,
                     boolean group, Instant seatedSince, EditorStatus status) {

    public Editor {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(seatedSince, "seatedSince");
        Objects.requireNonNull(status, "status");
        if (!direct && !group) {
            throw new IllegalArgumentException("an editor is direct, in the editors group, or both");
        }
    }

    /** Whether the editor takes part in the seat order (deactivated users do not). */
    public boolean queues() {
        return status != EditorStatus.INACTIVE;
    }

    public Editor withDirect(boolean value) {
        return new Editor(userKey, username, displayName, email, value, group, seatedSince, status);
    }

    public Editor withGroup(boolean value) {
        return new Editor(userKey, username, displayName, email, direct, value, seatedSince, status);
    }

    public Editor withStatus(EditorStatus value, Instant since) {
        return new Editor(userKey, username, displayName, email, direct, group, since, value);
    }

    public Editor withNames(String newUsername, String newDisplayName, String newEmail) {
        return new Editor(userKey, newUsername, newDisplayName, newEmail, direct, group, seatedSince, status);
    }
}
