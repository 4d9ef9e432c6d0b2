package io.plainframe.licensing.key;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;

/** Ed25519 through {@link Signature}, over a domain tag and the payload, so a signature means one thing only. */
final class Signatures {

    static final String ALGORITHM = "Ed25519";
    static final int LENGTH = 64;

    /** Separates license signatures from anything else the same key might ever sign. */
    private static final byte[] DOMAIN = "plainframe-license\n".getBytes(StandardCharsets.US_ASCII);

    private Signatures() {
    }

    static byte[] sign(PrivateKey key, byte[] payload) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(DOMAIN);
            signature.update(payload);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot sign with Ed25519", e);
        }
    }

    /** False for any signature that does not verify, including one of the wrong length or form. */
    static boolean verify(PublicKey key, byte[] payload, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(DOMAIN);
            signature.update(payload);
            return signature.verify(signatureBytes);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("a trusted key is not an Ed25519 public key", e);
        } catch (SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot verify Ed25519", e);
        }
    }
}
