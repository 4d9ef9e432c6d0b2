package io.plainframe.licensing.seat;

/** What the host's directory last said about an editor. */
public enum EditorStatus {
    /** Known and active. */
    ACTIVE,
    /** Deactivated by the host: holds no seat. */
    INACTIVE,
    /** Not found by the host: keeps the seat until an admin removes the editor. */
    MISSING
}
