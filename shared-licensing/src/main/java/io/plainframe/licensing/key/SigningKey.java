package io.plainframe.licensing.key;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.util.Objects;

/**
 * A private key that signs license keys, with its public half (for the key id and to check the keys it
 * derives from). Only the vendor holds a real one; the demo one is public and trusted by development builds.
 */
public final class SigningKey {

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    private SigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = KeyIds.of(publicKey);
    }

    /** A new random key pair. */
    public static SigningKey generate(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(Signatures.ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, random);
            KeyPair pair = generator.generateKeyPair();
            return new SigningKey(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make Ed25519 keys", e);
        }
    }

    /**
     * The signing key for a private key alone. The JDK offers no call that derives an Ed25519 public key, but
     * its key generator derives the pair from 32 random bytes; given the private key's own bytes it rebuilds
     * exactly this pair, which is then checked by signing and verifying.
     */
    public static SigningKey fromPrivateKey(PrivateKey privateKey) {
        Objects.requireNonNull(privateKey, "privateKey");
        if (!(privateKey instanceof EdECPrivateKey)) {
            throw new IllegalArgumentException("not an Ed25519 private key");
        }
        byte[] seed = ((EdECPrivateKey) privateKey).getBytes()
                .orElseThrow(() -> new IllegalArgumentException("the private key's bytes are not available"));
        SigningKey rebuilt = generate(new RepeatedBytes(seed));
        byte[] rebuiltSeed = ((EdECPrivateKey) rebuilt.privateKey).getBytes().orElseThrow();
        byte[] probe = "plainframe key pair check".getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(seed, rebuiltSeed)
                || !Signatures.verify(rebuilt.publicKey, probe, Signatures.sign(privateKey, probe))) {
            throw new IllegalStateException("could not derive the public key of this private key");
        }
        return new SigningKey(privateKey, rebuilt.publicKey);
    }

    public String keyId() {
        return keyId;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** This key as one that verifies what it signs. */
    public TrustedKey asTrusted(String name) {
        return TrustedKey.of(name, publicKey);
    }

    /** Signs a license made for this key and returns its one-line key text. */
    public String sign(License license) {
        if (!license.keyId().equals(keyId)) {
            throw new IllegalArgumentException("the license names key " + license.keyId() + ", not " + keyId);
        }
        byte[] payload = KeyPayload.encode(license);
        if (!KeyPayload.decode(payload).equals(license)) {
            throw new IllegalStateException("the key would not read back as the license it was made from");
        }
        return KeyText.encode(payload, Signatures.sign(privateKey, payload));
    }

    @Override
    public String toString() {
        return "SigningKey[" + keyId + "]";
    }

    /** Hands out the same bytes on every request: the key generator's source of its private key. */
    private static final class RepeatedBytes extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] bytes;

        RepeatedBytes(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] target) {
            if (target.length != bytes.length) {
                throw new IllegalStateException("the key generator asked for " + target.length + " bytes");
            }
            System.arraycopy(bytes, 0, target, 0, bytes.length);
        }
    }
}
