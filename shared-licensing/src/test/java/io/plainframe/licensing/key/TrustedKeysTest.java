package io.plainframe.licensing.key;

import static io.plainframe.licensing.Fixtures.license;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedKeysTest {

    @Test
    void developmentBuildsTrustTheDemoKey() {
        assertThat(TrustedKeys.builtIn().trustsDemoKey()).isTrue();
        assertThat(TrustedKeys.builtIn().find(TrustedKeys.DEMO_KEY_ID)).isPresent();
    }

    @Test
    void keysSignedWithAnOldKeyKeepVerifyingAfterRotation() {
        SigningKey retired = Fixtures.vendorKey(1);
        SigningKey current = Fixtures.vendorKey(2);
        TrustedKeys both = Fixtures.trusting(retired, current);
        for (SigningKey key : List.of(retired, current)) {
            DecodedKey decoded = KeyText.decode(license().signedBy(key).key());
            assertThat(both.find(decoded.claimedLicense().keyId())).hasValueSatisfying(trusted ->
                    assertThat(decoded.isSignedBy(trusted)).isTrue());
        }
    }

    @Test
    void aSignatureOnlyVerifiesWithTheKeyTheLicenseNames() {
        DecodedKey decoded = KeyText.decode(license().signedBy(Fixtures.vendorKey(1)).key());
        assertThat(decoded.isSignedBy(Fixtures.vendorKey(2).asTrusted("other"))).isFalse();
    }

    @Test
    void trustFilesListNamesAndPublicKeysWithComments() throws Exception {
        byte[] publicKey = Fixtures.vendorKey(4).publicKey().getEncoded();
        String line = "vendor-2026 " + Base64.getEncoder().encodeToString(publicKey);
        List<TrustedKey> keys = TrustedKeys.parse(stream("# a comment\n\n  " + line + "  \n"), "test");
        assertThat(keys).singleElement().satisfies(key -> {
            assertThat(key.name()).isEqualTo("vendor-2026");
            assertThat(key.keyId()).isEqualTo(Fixtures.vendorKey(4).keyId());
            assertThat(key.demo()).isFalse();
        });
    }

    @Test
    void aBrokenTrustFileNamesTheLine() {
        assertThatThrownBy(() -> TrustedKeys.parse(stream("# ok\nonly-a-name\n"), "vendor-keys.txt"))
                .hasMessageContaining("vendor-keys.txt:2");
        assertThatThrownBy(() -> TrustedKeys.parse(stream("name not*base64\n"), "vendor-keys.txt"))
                .hasMessageContaining("vendor-keys.txt:1");
        assertThatThrownBy(() -> TrustedKeys.parse(stream("name AAAA\n"), "vendor-keys.txt"))
                .hasMessageContaining("not an Ed25519 public key");
    }

    @Test
    void aKeyIdIsAlwaysTheFingerprintOfItsKey() {
        assertThatThrownBy(() -> new TrustedKey("0000000000000000", "forged", Fixtures.vendorKey(1).publicKey(), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
