package io.plainframe.licensing.host;

import java.util.Objects;

/**
 * A user as the host's directory knows them.
 *
 * @param userKey     the host's stable key (survives renames)
 * @param username    the login name
 * @param displayName the full name
 * @param email       the address, or {@code null}
 * @param active      false when the host reports the user deactivated
 */
public record HostUser(String userKey, String username, String displayName, String email, boolean active) {

    public HostUser {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }
}
