package io.plainframe.licensing.key;

import java.util.Arrays;

/**
 * A key taken apart: the license it claims, the exact bytes that were signed and the signature. Nothing
 * here is trusted yet; {@code LicenseValidator} verifies the signature against the trusted keys.
 */
public final class DecodedKey {

    private final License license;
    private final byte[] payload;
    private final byte[] signature;

    DecodedKey(License license, byte[] payload, byte[] signature) {
        this.license = license;
        this.payload = payload.clone();
        this.signature = signature.clone();
    }

    /** What the key claims, before its signature is checked. */
    public License claimedLicense() {
        return license;
    }

    /** Whether the signature over the payload verifies with this public key. */
    public boolean isSignedBy(TrustedKey key) {
        return license.keyId().equals(key.keyId()) && Signatures.verify(key.publicKey(), payload, signature);
    }

    byte[] payload() {
        return payload.clone();
    }

    byte[] signature() {
        return signature.clone();
    }

    @Override
    public String toString() {
        return "DecodedKey[" + license.licenseId() + ", " + payload.length + " bytes, signature "
                + Arrays.hashCode(signature) + "]";
    }
}
