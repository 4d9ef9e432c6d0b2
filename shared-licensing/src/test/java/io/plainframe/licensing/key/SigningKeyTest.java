package io.plainframe.licensing.key;

import static io.plainframe.licensing.Fixtures.license;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SigningKeyTest {

    @Test
    void aPrivateKeyAloneGivesBackItsPublicKeyAndKeyId() {
        SigningKey generated = SigningKey.generate(new SecureRandom());
        SigningKey fromPrivate = SigningKey.fromPrivateKey(generated.privateKey());
        assertThat(fromPrivate.publicKey().getEncoded()).isEqualTo(generated.publicKey().getEncoded());
        assertThat(fromPrivate.keyId()).isEqualTo(generated.keyId()).hasSize(16);
    }

    @Test
    void aKeyMadeByOpenSslWorksLikeOneMadeByKeygen() throws IOException {
        SigningKey openssl =
                SigningKey.fromPrivateKey(Pem.readPrivateKey(resource("openssl-ed25519.pem")).orElseThrow());
        assertThat(Pem.readPublicKey(resource("openssl-ed25519.pub.pem")).orElseThrow().getEncoded())
                .isEqualTo(openssl.publicKey().getEncoded());
        String key = license().signedBy(openssl).key();
        assertThat(KeyText.decode(key).isSignedBy(openssl.asTrusted("openssl"))).isTrue();
    }

    @Test
    void pemTextRoundTrips() {
        SigningKey key = Fixtures.vendorKey(3);
        assertThat(Pem.readPrivateKey(Pem.privateKey(key.privateKey()))).contains(key.privateKey());
        assertThat(Pem.readPublicKey(Pem.publicKey(key.publicKey()))).contains(key.publicKey());
    }

    @Test
    void pemTextOfAnotherKindOrAlgorithmIsNotAnEd25519Key() throws Exception {
        assertThat(Pem.readPrivateKey("hello")).isEmpty();
        assertThat(Pem.readPrivateKey(Pem.publicKey(Fixtures.vendorKey(1).publicKey()))).isEmpty();
        assertThat(Pem.readPublicKey("-----BEGIN PUBLIC KEY-----\n!!!\n-----END PUBLIC KEY-----")).isEmpty();
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        String rsaPem = Pem.publicKey(rsa.generateKeyPair().getPublic());
        assertThat(Pem.readPublicKey(rsaPem)).isEmpty();
    }

    @Test
    void aKeyOnlySignsLicensesThatNameIt() {
        License forAnotherKey = license().signedBy(Fixtures.vendorKey(1)).build();
        assertThatThrownBy(() -> Fixtures.vendorKey(2).sign(forAnotherKey))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDemoKeyIsRecognisedAsTheDemoKey() {
        assertThat(Fixtures.demoKey().keyId()).isEqualTo(TrustedKeys.DEMO_KEY_ID);
        assertThat(Fixtures.demoKey().asTrusted("any name").demo()).isTrue();
        assertThat(Fixtures.vendorKey(1).asTrusted("vendor").demo()).isFalse();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SigningKeyTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void aPrivateKeyThatKeepsItsBytesToItselfIsRefusedWithTheReason() {
        EdECPrivateKey sealed = new EdECPrivateKey() {
            @Override
            public Optional<byte[]> getBytes() {
                return Optional.empty(); // as a key held in a hardware module
            }

            @Override
            public NamedParameterSpec getParams() {
                return NamedParameterSpec.ED25519;
            }

            @Override
            public String getAlgorithm() {
                return "EdDSA";
            }

            @Override
            public String getFormat() {
                return null;
            }

            @Override
            public byte[] getEncoded() {
                return null;
            }
        };
        assertThatThrownBy(() -> SigningKey.fromPrivateKey(sealed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the private key's bytes are not available");
    }
}
