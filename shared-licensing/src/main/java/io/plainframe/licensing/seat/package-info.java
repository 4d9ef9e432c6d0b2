/**
 * Editors and seats (SPEC 3). An editor is a named host user holding a seat, from direct assignment, the
 * editors group, or both. Every editor has a <em>seated since</em> time; when editors outnumber seats, the
 * earliest by seated-since (ties by username) hold the seats and the rest wait. Deactivated users hold no
 * seat and queue again from their reactivation; users the host cannot find keep their seat until an admin
 * removes them, so a directory outage never hands seats to others.
 *
 * <p>Everything here is an immutable value; changes return new values.
 */
package io.plainframe.licensing.seat;
