package io.plainframe.licensing.audit;

import java.util.Objects;

/**
 * Who makes a change: a signed-in user, or Plainframe itself acting on what the host's directory reports.
 *
 * @param userKey  the host's user key, {@code null} for the system
 * @param username the login name, or {@code "system"}
 */
public record Actor(String userKey, String username) {

    /** Plainframe itself, for changes it finds in the directory (group members, deactivated users). */
    public static final Actor SYSTEM = new Actor(null, "system");

    public Actor {
        Objects.requireNonNull(username, "username");
    }

    public static Actor user(String userKey, String username) {
        return new Actor(Objects.requireNonNull(userKey, "userKey"), username);
    }

    public boolean isSystem() {
        return userKey == null;
    }
}
