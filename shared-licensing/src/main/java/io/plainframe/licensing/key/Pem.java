package io.plainframe.licensing.key;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ed25519 keys as PEM text: PKCS#8 {@code PRIVATE KEY} and X.509 {@code PUBLIC KEY}, the files OpenSSL's
 * {@code genpkey -algorithm ed25519} writes, so a vendor may make keys with either tool.
 */
public final class Pem {

    private static final String PRIVATE = "PRIVATE KEY";
    private static final String PUBLIC = "PUBLIC KEY";

    private Pem() {
    }

    public static String privateKey(PrivateKey key) {
        return block(PRIVATE, key.getEncoded());
    }

    public static String publicKey(PublicKey key) {
        return block(PUBLIC, key.getEncoded());
    }

    /** The private key in a PEM text, or empty when there is none or it is not an Ed25519 key. */
    public static Optional<PrivateKey> readPrivateKey(String pem) {
        return body(pem, PRIVATE).flatMap(der -> {
            try {
                return Optional.of(factory().generatePrivate(new PKCS8EncodedKeySpec(der)));
            } catch (GeneralSecurityException e) {
                return Optional.empty();
            }
        });
    }

    /** The public key in a PEM text, or empty when there is none or it is not an Ed25519 key. */
    public static Optional<PublicKey> readPublicKey(String pem) {
        return body(pem, PUBLIC).flatMap(Pem::publicKeyFromDer);
    }

    static Optional<PublicKey> publicKeyFromDer(byte[] der) {
        try {
            return Optional.of(factory().generatePublic(new X509EncodedKeySpec(der)));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static String block(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static Optional<byte[]> body(String pem, String label) {
        Matcher matcher = Pattern.compile("-----BEGIN " + label + "-----([A-Za-z0-9+/=\\s]+)-----END " + label
                + "-----").matcher(pem);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getMimeDecoder().decode(matcher.group(1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static KeyFactory factory() throws GeneralSecurityException {
        return KeyFactory.getInstance(Signatures.ALGORITHM);
    }
}
