package io.plainframe.licensing.check;

import static io.plainframe.licensing.Fixtures.license;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.Fixtures;
import io.plainframe.licensing.key.KeyText;
import io.plainframe.licensing.key.MalformedKeyException;
import io.plainframe.licensing.key.Product;
import io.plainframe.licensing.key.SeatLimit;
import io.plainframe.licensing.key.TrustedKeys;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations of real keys: single-character substitutions, deletions and truncations. None may be
 * accepted, and nothing may escape but the parser's own {@link MalformedKeyException}.
 */
class KeyMutationTest {

    private static final long SEED = 20_261_123L;
    private static final int MUTATIONS_PER_KEY = 3_000;
    private static final String REPLACEMENTS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=% .\"'\n\u00e9\u200b";

    private final LicenseValidator validator = new LicenseValidator(TrustedKeys.builtIn(), Fixtures.CLOCK)
            .forBuild(BuildDate.of(LocalDate.of(2026, 3, 1)));

    private final List<String> keys = List.of(
            license().key(),
            license().product(Product.JIRA).evaluation(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).key(),
            license().licensee("Ωmega 株式会社 — Zürich").email(null).editors(SeatLimit.unlimited()).key(),
            license().editors(SeatLimit.of(2_000)).supersedes("PF-AAAA-BBBB-CCCC").key());

    @Test
    void noSingleCharacterMutationOfARealKeyIsEverAccepted() {
        Random random = new Random(SEED);
        Map<LicenseCode, Integer> outcomes = new EnumMap<>(LicenseCode.class);
        int checked = 0;
        for (String key : keys) {
            Product product = KeyText.decode(key).claimedLicense().product();
            LicenseValidator forProduct = validator.forProduct(product);
            assertThat(forProduct.check(key).code()).as("the unmutated key").isEqualTo(LicenseCode.VALID);
            String canonical = canonical(key);
            for (int i = 0; i < MUTATIONS_PER_KEY; i++) {
                String mutant = mutate(key, random);
                if (canonical.equals(canonical(mutant))) {
                    continue; // e.g. the prefix in another letter case: the same key, spelt differently
                }
                LicenseCheck check = forProduct.check(mutant);
                assertThat(check.code()).as("mutant %s", mutant).isNotEqualTo(LicenseCode.VALID);
                assertParserThrowsOnlyItsOwnException(mutant);
                outcomes.merge(check.code(), 1, Integer::sum);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(10_000);
        assertThat(outcomes).containsKeys(LicenseCode.MALFORMED, LicenseCode.BAD_SIGNATURE);
    }

    private static String mutate(String key, Random random) {
        int at = random.nextInt(key.length());
        return switch (random.nextInt(3)) {
            case 0 -> key.substring(0, at) + REPLACEMENTS.charAt(random.nextInt(REPLACEMENTS.length()))
                    + key.substring(at + 1);
            case 1 -> key.substring(0, at) + key.substring(at + 1);
            default -> key.substring(0, at);
        };
    }

    private static void assertParserThrowsOnlyItsOwnException(String text) {
        try {
            KeyText.decode(text);
        } catch (MalformedKeyException expected) {
            assertThat(expected.userMessage().key()).startsWith("plainframe.license.malformed");
        }
    }

    /** The text the parser really reads, or null when it reads none. */
    private static String canonical(String text) {
        try {
            KeyText.decode(text);
        } catch (MalformedKeyException e) {
            return null;
        }
        String compact = text.strip();
        return compact.substring(0, 11).toUpperCase(Locale.ROOT) + compact.substring(11);
    }
}
