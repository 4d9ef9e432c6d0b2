package io.plainframe.licensing.web;

import io.plainframe.licensing.audit.Actor;

/**
 * Who is calling, as the host authenticated them.
 *
 * @param userKey  the user's key, {@code null} when anonymous
 * @param username the login name, {@code null} when anonymous
 * @param admin    whether the host counts them as an administrator
 */
public record Caller(String userKey, String username, boolean admin) {

    public static final Caller ANONYMOUS = new Caller(null, null, false);

    public static Caller user(String userKey, String username) {
        return new Caller(userKey, username, false);
    }

    public static Caller admin(String userKey, String username) {
        return new Caller(userKey, username, true);
    }

    public boolean isAnonymous() {
        return userKey == null;
    }

    Actor actor() {
        return Actor.user(userKey, username);
    }
}
