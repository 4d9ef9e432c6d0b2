package io.plainframe.licensing.host;

import java.util.Objects;

/**
 * A user as the host's directory knows them.
 *
 * @param userKey     the host's stable key (survives renames)
 * @param username    the login name
 * @param displayName the full name
 * @param email       the address, or {@code null}
 * @param active      false when the host reports the user deactivated
 */
public record HostUser(String userKey, String username, String displayName, String email, boolean active) {

    public HostUser {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(username, "username");
        // The directory's text goes into the stored state and REST answers, which hold only whole characters:
        // half a surrogate pair (never a real name) would make every sync fail, so it becomes U+FFFD.
        username = whole(username);
        displayName = displayName == null || displayName.isBlank() ? username : whole(displayName);
        email = email == null ? null : whole(email);
    }

    /** The text with each half of a surrogate pair that has no other half replaced by U+FFFD. */
    static String whole(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (Character.isSurrogate(c) && !paired) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, '\uFFFD');
            }
        }
        return out == null ? text : out.toString();
    }
}
