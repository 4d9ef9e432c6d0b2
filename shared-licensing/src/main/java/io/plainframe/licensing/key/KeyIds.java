package io.plainframe.licensing.key;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.HexFormat;

/**
 * Key ids are fingerprints: the first 8 bytes of the SHA-256 of the public key's X.509 encoding, in hex.
 * Derived, never chosen, so two keys cannot share an id by mistake and a key file names itself.
 */
public final class KeyIds {

    private KeyIds() {
    }

    public static String of(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
