package io.plainframe.licensing.admin;

import java.util.Locale;

/** How a change ended, with the HTTP status the REST API answers it with (SPEC 6). */
public enum ChangeCode {
    DONE(200),
    /** More new editors than free seats; details {@code free} and {@code requested}. */
    NO_FREE_SEATS(409),
    /** Usernames the host does not know; details {@code usernames}. */
    UNKNOWN_USERS(400),
    /** Users the host has deactivated; details {@code usernames}. */
    INACTIVE_USERS(400),
    /** Nobody was named. */
    NO_USERS(400),
    /** The user is not an editor. */
    NOT_AN_EDITOR(404),
    /** The editor comes from the editors group only: remove them from the group in the host. */
    GROUP_EDITOR(409),
    /** The mode "everyone" needs an unlimited or Marketplace license. */
    MODE_NOT_ALLOWED(409),
    INVALID_GROUP(400),
    /** The host has no group of that name; details {@code group}. */
    UNKNOWN_GROUP(400),
    /**
     * The new editors group leaves out editors who hold their seat through the old one; details {@code group},
     * {@code count} and {@code usernames} (the first {@code DirectorySync.NAMED_REMOVALS}). Sent again with the
     * removals confirmed, the change goes ahead.
     */
    REMOVES_EDITORS(409),
    /** The key is not valid here; details {@code licenseCode}. */
    INVALID_LICENSE(400),
    /** The key would lower what the admin has; details {@code losses} (their codes). Apply again to confirm. */
    DOWNGRADE_NEEDS_CONFIRMATION(409),
    /** There is no vendor key to remove. */
    NO_VENDOR_KEY(404),
    /** The user already has a pending seat request. */
    REQUEST_PENDING(409),
    /** The user is an editor already (licensed or waiting). */
    ALREADY_EDITOR(409),
    NO_SUCH_REQUEST(404),
    /** Too many seat requests are pending; admins should answer some first. */
    TOO_MANY_REQUESTS(409),
    NOTE_TOO_LONG(400),
    /** The note holds a control or text-direction character; the message names it. */
    NOTE_UNSAFE_CHARACTER(400),
    /** The host's directory or store could not answer; nothing changed, try again. */
    HOST_UNAVAILABLE(503),
    /** The state kept changing while a directory sync gathered its facts; it yields and runs again later. */
    STATE_CHANGING(503),
    /** The stored state is damaged; nothing is changed until an admin looks at it. */
    STATE_UNREADABLE(500),
    /** A recovery was asked for, but the stored state reads well: ordinary changes apply. */
    STATE_READABLE(409),
    /** No readable revision before the damaged one is kept. */
    NO_PREVIOUS_STATE(404);

    private final int httpStatus;

    ChangeCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String i18nKey() {
        return "plainframe.change." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
