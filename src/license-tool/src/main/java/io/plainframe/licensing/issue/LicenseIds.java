package io.plainframe.licensing.issue;

import java.util.random.RandomGenerator;

/**
 * New license ids: {@code PF-} and twelve characters of Crockford's base32 (no I, L, O or U, so an id read
 * out over the phone is not misheard), 60 random bits.
 */
final class LicenseIds {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private LicenseIds() {
    }

    static String next(RandomGenerator random) {
        StringBuilder id = new StringBuilder("PF");
        for (int i = 0; i < 12; i++) {
            if (i % 4 == 0) {
                id.append('-');
            }
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
