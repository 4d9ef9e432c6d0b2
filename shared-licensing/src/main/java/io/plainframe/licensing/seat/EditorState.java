package io.plainframe.licensing.seat;

/** An editor's place in the seat order, as the admin page and REST API show it (SPEC 6). */
public enum EditorState {
    /** Holds a seat and may edit. */
    LICENSED,
    /** An editor, but all seats are taken by earlier editors. */
    WAITING,
    /** Deactivated by the host; holds no seat. */
    INACTIVE,
    /** Unknown to the host; keeps a seat (if it had one) until removed. */
    MISSING
}
