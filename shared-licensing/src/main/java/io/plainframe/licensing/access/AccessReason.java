package io.plainframe.licensing.access;

import java.util.Locale;

/** Why a user may or may not view and edit a wireframe. */
public enum AccessReason {
    /** Holds a licensed editor seat. */
    EDITOR,
    /** The mode is "everyone who may edit the page or issue". */
    EVERYONE,
    /** The host does not let the user see the page or issue. */
    NO_VIEW_PERMISSION,
    /** Not signed in: may view, may not edit. */
    ANONYMOUS,
    /** The host does not let the user edit the page or issue. */
    NO_EDIT_PERMISSION,
    /** No license is installed. */
    NO_LICENSE,
    /** The governing license is not valid for this build. */
    LICENSE_INVALID,
    /** Not an editor. */
    NO_SEAT,
    /** An editor, but all seats are taken by earlier editors. */
    WAITING_FOR_SEAT,
    /** Plainframe's stored state cannot be read; editing pauses until an admin looks. */
    STATE_UNREADABLE;

    public String i18nKey() {
        return "plainframe.access." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the reason is about a page or issue (or the caller's session), so it cannot be about a seat alone. */
    public boolean aboutContent() {
        return this == NO_VIEW_PERMISSION || this == ANONYMOUS || this == NO_EDIT_PERMISSION;
    }

    /** The text of this reason when no page or issue was named: about the caller's seat, not "this wireframe". */
    public String seatI18nKey() {
        return i18nKey() + ".no-content";
    }
}
