package io.plainframe.licensing.key;

import static io.plainframe.licensing.Fixtures.license;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.Fixtures;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The rules for what can go into a key, at their edges: the vendor's tool asks these before it signs. */
class KeyFieldRulesTest {

    @Test
    void aLicenseeIsPrintableTextOfOneTo200Characters() {
        accepts(License::acceptsLicensee, "Acme Ltd", "A".repeat(License.MAX_LICENSEE_LENGTH));
        refuses(License::acceptsLicensee, "A".repeat(License.MAX_LICENSEE_LENGTH + 1), null, "", " Acme",
                "Acme\u200bLtd");
    }

    @Test
    void anEmailHasOneAtWithSomethingOnBothSidesAndADotInTheDomain() {
        accepts(License::acceptsEmail, "a@b.c", "a@" + "b".repeat(License.MAX_EMAIL_LENGTH - 4) + ".c");
        // Too long; nothing before the @; nothing after it; the @ last; the dot right after the @; two @; a dot
        // only before the @; a space.
        refuses(License::acceptsEmail, "a@" + "b".repeat(License.MAX_EMAIL_LENGTH - 3) + ".c", null, "@b.c", "a@",
                "ab.c@", "a@.c", "a@b@c.d", "a.b@cd", "a b@c.d");
    }

    @Test
    void aLicenseIdIsOneTo40CapitalsDigitsOrDashes() {
        accepts(License::acceptsLicenseId, "PF-2026-0001", "A".repeat(40));
        refuses(License::acceptsLicenseId, "A".repeat(41), null, "", "pf-1", "PF 1");
    }

    @Test
    void aDateIsInTheYears2000To2999() {
        accepts(License::acceptsDate, LocalDate.of(License.FIRST_YEAR, 1, 1), LocalDate.of(License.LAST_YEAR, 12, 31));
        refuses(License::acceptsDate, LocalDate.of(License.FIRST_YEAR - 1, 12, 31),
                LocalDate.of(License.LAST_YEAR + 1, 1, 1));
    }

    @Test
    void aSeatLimitIsOneToAMillionOrUnlimitedAndAdmitsUpToItsCount() {
        assertThat(SeatLimit.of(1).count()).isEqualTo(1);
        assertThat(SeatLimit.of(SeatLimit.MAX_COUNT).count()).isEqualTo(SeatLimit.MAX_COUNT);
        assertThatThrownBy(() -> SeatLimit.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeatLimit.of(SeatLimit.MAX_COUNT + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SeatLimit.of(3).admits(3)).isTrue();
        assertThat(SeatLimit.of(3).admits(4)).isFalse();
        assertThat(SeatLimit.unlimited().admits(Integer.MAX_VALUE)).isTrue();
        assertThat(SeatLimit.of(2).compareTo(SeatLimit.of(3))).isNegative();
        assertThat(SeatLimit.of(3).compareTo(SeatLimit.of(2))).isPositive();
        assertThat(SeatLimit.of(3).compareTo(SeatLimit.of(3))).isZero();
        assertThat(SeatLimit.unlimited().compareTo(SeatLimit.of(SeatLimit.MAX_COUNT))).isPositive();
    }

    @Test
    void aSeatLimitIsReadOnlyInThePlainForms() {
        assertThat(SeatLimit.parse("unlimited")).contains(SeatLimit.unlimited());
        assertThat(SeatLimit.parse("1")).contains(SeatLimit.of(1));
        assertThat(SeatLimit.parse("9")).contains(SeatLimit.of(9));
        assertThat(SeatLimit.parse("1000000")).contains(SeatLimit.of(SeatLimit.MAX_COUNT));
        refuses(text -> SeatLimit.parse(text).isPresent(), "", "0", "010", "1000001", "10000000", "/", ":", "1:",
                "1/", "+1", "1 000");
    }

    @Test
    void trustedKeysCanBeWidenedAndTheDemoKeyLeftOut() {
        SigningKey vendor = Fixtures.vendorKey(1);
        TrustedKeys widened = TrustedKeys.builtIn().with(vendor.asTrusted("vendor"));
        assertThat(widened.find(vendor.keyId())).isPresent();
        assertThat(widened.trustsDemoKey()).isTrue();
        assertThat(widened.all()).hasSize(TrustedKeys.builtIn().all().size() + 1);

        TrustedKeys vendorOnly = widened.withoutDemo();
        assertThat(vendorOnly.trustsDemoKey()).isFalse();
        assertThat(vendorOnly.find(TrustedKeys.DEMO_KEY_ID)).isEmpty();
        assertThat(vendorOnly.find(vendor.keyId())).isPresent();
        assertThat(vendorOnly.all()).extracting(TrustedKey::keyId).contains(vendor.keyId())
                .doesNotContain(TrustedKeys.DEMO_KEY_ID);
    }

    @Test
    void keysNameThemselvesInLogsWithoutTheirSecrets() {
        SigningKey vendor = Fixtures.vendorKey(1);
        assertThat(vendor.toString()).isEqualTo("SigningKey[" + vendor.keyId() + "]");
        DecodedKey decoded = KeyText.decode(license().signedBy(vendor).key());
        assertThat(decoded.toString()).startsWith("DecodedKey[" + decoded.claimedLicense().licenseId() + ", ")
                .contains(" bytes, signature ");
    }

    @SafeVarargs
    private static <T> void accepts(Predicate<T> rule, T... values) {
        for (T value : values) {
            assertThat(rule.test(value)).as("accepts %s", value).isTrue();
        }
    }

    @SafeVarargs
    private static <T> void refuses(Predicate<T> rule, T... values) {
        for (T value : values) {
            assertThat(rule.test(value)).as("refuses %s", value).isFalse();
        }
    }
}
