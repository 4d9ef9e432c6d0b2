package io.plainframe.licensing.seat;

import java.time.Instant;
import java.util.Objects;

/**
 * A viewer asking for an editor seat; one pending request per user.
 *
 * @param id          the request's id
 * @param userKey     who asks
 * @param username    their login name
 * @param displayName their full name
 * @param note        what they wrote, possibly empty
 * @param requestedAt when
 */
public record SeatRequest(String id, String userKey, String username, String displayName, String note,
                          Instant requestedAt) {

    /** Longest note kept. */
    public static final int MAX_NOTE_LENGTH = 1000;

    public SeatRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if (note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("a note is at most " + MAX_NOTE_LENGTH + " characters");
        }
    }
}
