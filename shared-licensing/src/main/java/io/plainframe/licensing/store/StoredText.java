package io.plainframe.licensing.store;

import io.plainframe.licensing.host.CorruptValueException;

/**
 * How Plainframe's text is kept in the host's string settings: printable ASCII behind a fixed marker.
 *
 * <p>Users' text (notes, display names, wireframe text) may hold any Unicode. Cut into chunks, a value could
 * split a surrogate pair, and a UTF-8 database stores each lone half as {@code ?}; a database in a 3-byte
 * "utf8" charset refuses characters outside the BMP altogether. Escaped to ASCII, a chunk can be cut anywhere
 * and every database stores it exactly. The marker keeps a value from starting with text the host treats as
 * its own encoding (SAL reads a string that starts with {@code #java.util.List} back as a list).
 */
final class StoredText {

    /** What every value written by schema 2 starts with. */
    static final String MARKER = "pf:";

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StoredText() {
    }

    /**
     * The value as printable ASCII: every character outside {@code ' '..'~'}, and the backslash, becomes
     * {@code \}{@code uXXXX}; lone surrogates too, so any Java string comes back exactly.
     */
    static String encode(String value) {
        StringBuilder ascii = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean plain = c >= ' ' && c <= '~' && c != '\\';
            if (plain && ascii == null) {
                continue;
            }
            if (ascii == null) {
                ascii = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (plain) {
                ascii.append(c);
            } else {
                ascii.append('\\').append('u').append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                        .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            }
        }
        return ascii == null ? value : ascii.toString();
    }

    /**
     * The value {@link #encode} was given.
     *
     * @throws CorruptValueException when the text is not what {@link #encode} writes
     */
    static String decode(String ascii, String key) {
        int backslash = ascii.indexOf('\\');
        if (backslash < 0) {
            checkPlain(ascii, 0, ascii.length(), key);
            return ascii;
        }
        StringBuilder value = new StringBuilder(ascii.length());
        int i = 0;
        while (i < ascii.length()) {
            char c = ascii.charAt(i);
            if (c != '\\') {
                checkPlain(ascii, i, i + 1, key);
                value.append(c);
                i++;
                continue;
            }
            if (i + 6 > ascii.length() || ascii.charAt(i + 1) != 'u') {
                throw new CorruptValueException(key, "its text has a broken escape at " + i);
            }
            int code = 0;
            for (int h = i + 2; h < i + 6; h++) {
                int digit = Character.digit(ascii.charAt(h), 16);
                if (digit < 0 || Character.isUpperCase(ascii.charAt(h))) {
                    throw new CorruptValueException(key, "its text has a broken escape at " + i);
                }
                code = code << 4 | digit;
            }
            value.append((char) code);
            i += 6;
        }
        return value.toString();
    }

    private static void checkPlain(String text, int from, int to, String key) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~') {
                // Only the host could have put it there: what Plainframe writes is printable ASCII.
                throw new CorruptValueException(key, "its text has a character Plainframe never writes at " + i);
            }
        }
    }
}
