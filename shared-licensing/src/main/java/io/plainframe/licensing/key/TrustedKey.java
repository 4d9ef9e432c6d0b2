package io.plainframe.licensing.key;

import java.security.PublicKey;
import java.util.Objects;

/**
 * A public key whose signatures the plugin believes.
 *
 * @param keyId     the fingerprint keys name it by (see {@link KeyIds})
 * @param name      what the vendor calls it, for admins and logs
 * @param publicKey the Ed25519 public key
 * @param demo      whether it is the public demo key, trusted by development builds and the sandbox only
 */
public record TrustedKey(String keyId, String name, PublicKey publicKey, boolean demo) {

    public TrustedKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(publicKey, "publicKey");
        if (!keyId.equals(KeyIds.of(publicKey))) {
            throw new IllegalArgumentException("key id " + keyId + " is not the fingerprint of its public key");
        }
    }

    public static TrustedKey of(String name, PublicKey publicKey) {
        String keyId = KeyIds.of(publicKey);
        return new TrustedKey(keyId, name, publicKey, TrustedKeys.DEMO_KEY_ID.equals(keyId));
    }
}
