package io.plainframe.licensing.key;

import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text form of a key and its tolerant reading (SPEC 2.2): whatever an email client, a chat tool or a
 * careless copy did to the key (line breaks, indentation, non-breaking spaces, an armour, quotes) is
 * ignored; anything else that differs is refused with a sentence that says what to do.
 */
public final class KeyText {

    /** Every key starts with this; readers accept it in any letter case. */
    public static final String PREFIX = "PLAINFRAME-";

    /** Longest text looked at; anything longer is refused before any decoding. */
    public static final int MAX_INPUT_LENGTH = 16 * 1024;

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final String QUOTES = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a";
    private static final Pattern ARMOUR = Pattern.compile("-----(?:BEGIN|END)[ A-Za-z0-9]{0,60}-----");
    private static final String BEGIN = "-----BEGIN PLAINFRAME LICENSE-----";
    private static final String END = "-----END PLAINFRAME LICENSE-----";

    private KeyText() {
    }

    /** The one-line text of a signed payload. */
    public static String encode(byte[] payload, byte[] signature) {
        byte[] all = Arrays.copyOf(payload, payload.length + signature.length);
        System.arraycopy(signature, 0, all, payload.length, signature.length);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(all);
    }

    /**
     * The key in its one canonical spelling (one line, upper-case prefix), whatever was pasted around it.
     *
     * @throws MalformedKeyException when it is not a Plainframe key
     */
    public static String normalise(String text) {
        DecodedKey key = decode(text);
        return encode(key.payload(), key.signature());
    }

    /** The key between armour lines, wrapped at 64 characters, for emails. */
    public static String armoured(String key) {
        StringBuilder text = new StringBuilder(BEGIN).append('\n');
        for (int i = 0; i < key.length(); i += 64) {
            text.append(key, i, Math.min(key.length(), i + 64)).append('\n');
        }
        return text.append(END).append('\n').toString();
    }

    /**
     * Takes a pasted key apart.
     *
     * @throws MalformedKeyException when it is not a Plainframe key, with the reason and what to do
     */
    public static DecodedKey decode(String text) {
        String key = compact(text);
        if (!key.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw looksLikeMarketplaceLicense(key)
                    ? new MalformedKeyException("plainframe.license.malformed.marketplace")
                    : new MalformedKeyException("plainframe.license.malformed.prefix", PREFIX);
        }
        String body = key.substring(PREFIX.length());
        for (int i = 0; i < body.length(); i++) {
            if (ALPHABET.indexOf(body.charAt(i)) < 0) {
                throw new MalformedKeyException("plainframe.license.malformed.character",
                        String.valueOf(body.charAt(i)), PREFIX.length() + i + 1);
            }
        }
        if (body.length() % 4 == 1) {
            throw KeyPayload.incomplete();
        }
        byte[] bytes = Base64.getUrlDecoder().decode(body);
        if (bytes.length == 0) {
            throw KeyPayload.incomplete();
        }
        KeyPayload.checkVersion(bytes[0] & 0xff);
        if (bytes.length <= Signatures.LENGTH + 1) {
            throw KeyPayload.incomplete();
        }
        byte[] payload = Arrays.copyOf(bytes, bytes.length - Signatures.LENGTH);
        byte[] signature = Arrays.copyOfRange(bytes, payload.length, bytes.length);
        License license = KeyPayload.decode(payload);
        // Checked last, so a cut-off key is reported as incomplete rather than as oddly encoded.
        if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(body)) {
            // Only the unused low bits of the last character can differ: a second spelling of the same bytes.
            throw KeyPayload.damaged("encoding");
        }
        return new DecodedKey(license, payload, signature);
    }

    /** The key with armour, whitespace and surrounding quotes removed; refuses empty and oversized input. */
    static String compact(String text) {
        if (text == null || text.isBlank()) {
            throw new MalformedKeyException("plainframe.license.malformed.empty");
        }
        if (text.length() > MAX_INPUT_LENGTH) {
            throw new MalformedKeyException("plainframe.license.malformed.too-large", text.length(),
                    MAX_INPUT_LENGTH);
        }
        String unarmoured = ARMOUR.matcher(text).replaceAll("");
        StringBuilder compact = new StringBuilder(unarmoured.length());
        unarmoured.codePoints().filter(c -> !isIgnorable(c)).forEach(compact::appendCodePoint);
        int start = 0;
        int end = compact.length();
        while (start < end && QUOTES.indexOf(compact.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && QUOTES.indexOf(compact.charAt(end - 1)) >= 0) {
            end--;
        }
        if (start == end) {
            throw new MalformedKeyException("plainframe.license.malformed.empty");
        }
        return compact.substring(start, end);
    }

    /** Whitespace of any kind, and the invisible characters rich-text editors insert. */
    private static boolean isIgnorable(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff';
    }

    /**
     * Atlassian license keys are base64 text starting {@code AAA}; telling the admin to use UPM for them is
     * kinder than calling them malformed.
     */
    private static boolean looksLikeMarketplaceLicense(String key) {
        if (key.length() < 100 || !key.startsWith("AAA")) {
            return false;
        }
        String upper = key.toUpperCase(Locale.ROOT);
        return upper.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '+' || c == '/' || c == '=');
    }
}
