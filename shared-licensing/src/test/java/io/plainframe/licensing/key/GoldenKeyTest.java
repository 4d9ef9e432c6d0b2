package io.plainframe.licensing.key;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.Fixtures;
import io.plainframe.licensing.check.LicenseCheck;
import io.plainframe.licensing.check.LicenseCode;
import io.plainframe.licensing.check.LicenseValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keys signed once, on the day format 1 was made, and checked in. They must verify and read the same
 * forever: if this test fails, keys customers already hold would stop working. Never regenerate them.
 */
class GoldenKeyTest {

    /** The demo public key, written out here so a change to the trust files cannot hide a format change. */
    private static final String DEMO_PUBLIC_KEY = "MCowBQYDK2VwAyEAuc5P/BM2ytT9t0W1qfV0d2JsOEIN+wKcmvU3lVpbD3A=";

    private final TrustedKeys demoOnly = TrustedKeys.of(List.of(TrustedKey.of("demo",
            Pem.publicKeyFromDer(Base64.getDecoder().decode(DEMO_PUBLIC_KEY)).orElseThrow())));

    @Test
    void theGoldenAcademicConfluenceKeyVerifiesAndReadsTheSameForever() throws IOException {
        LicenseCheck check = new LicenseValidator(demoOnly, Fixtures.clockAt(LocalDate.of(2026, 11, 1)))
                .forProduct(Product.CONFLUENCE)
                .check(golden("golden-v1-confluence-academic.key"));

        assertThat(check.code()).isEqualTo(LicenseCode.VALID);
        assertThat(check.decoded()).contains(new License("1e98689f4bd53891", "PF-G0LD-EN00-0001", Product.CONFLUENCE,
                "Golden Fixtures GmbH & Co. KG \u2014 Z\u00fcrich", "licensing@golden.example", LicenseType.ACADEMIC,
                SeatLimit.of(250), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28), LocalDate.of(2027, 2, 28),
                "PF-G0LD-EN00-0000", Instant.parse("2026-02-28T09:15:00Z")));
    }

    @Test
    void theGoldenJiraEvaluationKeyVerifiesAndReadsTheSameForever() throws IOException {
        LicenseCheck check = new LicenseValidator(demoOnly, Fixtures.clockAt(LocalDate.of(2026, 3, 31)))
                .forProduct(Product.JIRA)
                .check(golden("golden-v1-jira-evaluation.key"));

        assertThat(check.code()).isEqualTo(LicenseCode.VALID);
        assertThat(check.decoded()).contains(new License("1e98689f4bd53891", "PF-G0LD-EN00-0002", Product.JIRA,
                "Evaluator Inc.", null, LicenseType.EVALUATION, SeatLimit.unlimited(), null,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, Instant.parse("2026-03-01T00:00:00Z")));
    }

    @Test
    void theGoldenKeysAreStillWhatTheEncoderWritesToday() throws IOException {
        for (String name : new String[] {"golden-v1-confluence-academic.key", "golden-v1-jira-evaluation.key"}) {
            DecodedKey decoded = KeyText.decode(golden(name));
            assertThat(KeyPayload.encode(decoded.claimedLicense())).isEqualTo(decoded.payload());
        }
    }

    @Test
    void theBuiltInDemoKeyIsTheOneTheGoldenKeysWereSignedWith() {
        assertThat(TrustedKeys.builtIn().find(TrustedKeys.DEMO_KEY_ID)).hasValueSatisfying(key ->
                assertThat(Base64.getEncoder().encodeToString(key.publicKey().getEncoded()))
                        .isEqualTo(DEMO_PUBLIC_KEY));
    }

    static String golden(String name) throws IOException {
        try (InputStream in = GoldenKeyTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
    }
}
