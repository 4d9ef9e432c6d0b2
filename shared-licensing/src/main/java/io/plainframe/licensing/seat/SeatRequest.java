package io.plainframe.licensing.seat;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;

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

    /**
     * The first character a note may not hold, if any: C0 and C1 controls other than tab, line feed and carriage
     * return (notes are typed in a text area and may have several lines), Unicode's Bidi_Control characters
     * (embeddings, overrides, isolates and marks, which can make the Requests tab show a note, or the text after
     * it, in a misleading order), line and paragraph separators, and unpaired surrogates.
     */
    public static OptionalInt unsafeCharacter(String note) {
        return note.codePoints().filter(SeatRequest::unsafe).findFirst();
    }

    private static boolean unsafe(int c) {
        boolean control = Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
        boolean bidiControl = c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069;
        return control || bidiControl || c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.SURROGATE;
    }

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
