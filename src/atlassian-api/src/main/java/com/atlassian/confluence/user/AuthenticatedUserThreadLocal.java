package com.atlassian.confluence.user;

/**
 * Stand-in for Confluence's {@code AuthenticatedUserThreadLocal} (8.7.2: static methods over Seraph's
 * authentication context, which keeps the user per thread). Partial: only {@link #get()}, {@link #set} and
 * {@link #reset()}; the real class also has {@code getUsername()}, {@code isAnonymousUser()}, two {@code asUser}
 * methods and deprecated ones, not copied.
 */
public class AuthenticatedUserThreadLocal {

    private static final ThreadLocal<ConfluenceUser> USER = new ThreadLocal<>();

    public static void set(ConfluenceUser user) {
        USER.set(user);
    }

    public static ConfluenceUser get() {
        return USER.get();
    }

    public static void reset() {
        set(null);
    }
}
