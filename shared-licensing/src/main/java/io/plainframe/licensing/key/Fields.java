package io.plainframe.licensing.key;

/** The syntax of the text fields of a license, shared by the record, the decoder and the issuer. */
final class Fields {

    private Fields() {
    }

    static boolean isKeyId(String value) {
        return matches(value, 32, "abcdefghijklmnopqrstuvwxyz0123456789-");
    }

    static boolean isLicenseId(String value) {
        return matches(value, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");
    }

    static boolean isLicensee(String value) {
        return isPrintableText(value, License.MAX_LICENSEE_LENGTH);
    }

    /** A deliberately simple address check: one {@code @}, something on both sides, no spaces or controls. */
    static boolean isEmail(String value) {
        if (!isPrintableText(value, License.MAX_EMAIL_LENGTH)) {
            return false;
        }
        int at = value.indexOf('@');
        // A dot after the character that follows the @ also means the @ is not last.
        return at > 0 && at == value.lastIndexOf('@') && value.indexOf('.', at) > at + 1
                && value.chars().noneMatch(Character::isWhitespace);
    }

    /**
     * Text a person can read back: no control or invisible formatting characters, no surrounding spaces, not
     * empty. Unassigned code points are allowed on purpose: which ones are unassigned depends on the JDK, and a
     * key must read the same on every JDK.
     */
    private static boolean isPrintableText(String value, int maxLength) {
        if (value.isEmpty() || value.length() > maxLength || value.strip().length() != value.length()) {
            return false;
        }
        return value.codePoints().noneMatch(Fields::isInvisibleOrControl);
    }

    private static boolean isInvisibleOrControl(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static boolean matches(String value, int maxLength, String alphabet) {
        if (value.isEmpty() || value.length() > maxLength) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (alphabet.indexOf(value.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
