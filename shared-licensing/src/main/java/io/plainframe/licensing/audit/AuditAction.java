package io.plainframe.licensing.audit;

import java.util.Locale;

/** What happened, in the words of the admin page's Audit section. */
public enum AuditAction {
    LICENSE_APPLIED,
    LICENSE_REMOVED,
    EDITOR_ADDED,
    EDITOR_REMOVED,
    /** An editor lost their seat to the seat order (fewer seats, earlier editors). */
    EDITOR_WAITING,
    /** A waiting editor got a seat. */
    EDITOR_SEATED,
    /** The host deactivated the user: their seat is free. */
    EDITOR_FREED,
    /** A deactivated editor was reactivated and queues again from now. */
    EDITOR_REQUEUED,
    /** The host no longer knows the user: they keep their seat until an admin removes them. */
    EDITOR_MISSING,
    /** A missing editor is known to the host again. */
    EDITOR_FOUND,
    SETTINGS_CHANGED,
    REQUEST_CREATED,
    REQUEST_APPROVED,
    REQUEST_DISMISSED,
    /** An admin replaced a damaged state with the revision before it. */
    STATE_RESTORED,
    /** An admin replaced a damaged state with a fresh one holding a license key alone. */
    STATE_RESTARTED,
    /** An editor deleted a wireframe (issue 16). */
    WIREFRAME_DELETED;

    public String i18nKey() {
        return "plainframe.audit." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
