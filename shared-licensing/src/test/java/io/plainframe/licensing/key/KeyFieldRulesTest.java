package io.plainframe.licensing.key;

import static io.plainframe.licensing.Fixtures.license;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.Fixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules for what can go into a key, at their edges: the vendor's tool asks these before it signs. */
class KeyFieldRulesTest {

    @Test
    void aLicenseeIsPrintableTextOfOneTo200Characters() {
        assertThat(License.acceptsLicensee("Acme Ltd")).isTrue();
        assertThat(License.acceptsLicensee("A".repeat(License.MAX_LICENSEE_LENGTH))).isTrue();
        assertThat(License.acceptsLicensee("A".repeat(License.MAX_LICENSEE_LENGTH + 1))).isFalse();
        assertThat(License.acceptsLicensee(null)).isFalse();
        assertThat(License.acceptsLicensee("")).isFalse();
        assertThat(License.acceptsLicensee(" Acme")).isFalse();
        assertThat(License.acceptsLicensee("Acme\u200bLtd")).isFalse();
    }

    @Test
    void anEmailHasOneAtWithSomethingOnBothSidesAndADotInTheDomain() {
        assertThat(License.acceptsEmail("a@b.c")).isTrue();
        assertThat(License.acceptsEmail("a@" + "b".repeat(License.MAX_EMAIL_LENGTH - 4) + ".c")).isTrue();
        assertThat(License.acceptsEmail("a@" + "b".repeat(License.MAX_EMAIL_LENGTH - 3) + ".c")).isFalse();
        assertThat(License.acceptsEmail(null)).isFalse();
        assertThat(License.acceptsEmail("@b.c")).as("nothing before the @").isFalse();
        assertThat(License.acceptsEmail("a@")).as("nothing after the @").isFalse();
        assertThat(License.acceptsEmail("ab.c@")).as("the @ last").isFalse();
        assertThat(License.acceptsEmail("a@.c")).as("the dot right after the @").isFalse();
        assertThat(License.acceptsEmail("a@b@c.d")).as("two @").isFalse();
        assertThat(License.acceptsEmail("a.b@cd")).as("a dot only before the @").isFalse();
        assertThat(License.acceptsEmail("a b@c.d")).as("a space").isFalse();
    }

    @Test
    void aLicenseIdIsOneTo40CapitalsDigitsOrDashes() {
        assertThat(License.acceptsLicenseId("PF-2026-0001")).isTrue();
        assertThat(License.acceptsLicenseId("A".repeat(40))).isTrue();
        assertThat(License.acceptsLicenseId("A".repeat(41))).isFalse();
        assertThat(License.acceptsLicenseId(null)).isFalse();
        assertThat(License.acceptsLicenseId("")).isFalse();
        assertThat(License.acceptsLicenseId("pf-1")).isFalse();
        assertThat(License.acceptsLicenseId("PF 1")).isFalse();
    }

    @Test
    void aDateIsInTheYears2000To2999() {
        assertThat(License.acceptsDate(LocalDate.of(License.FIRST_YEAR, 1, 1))).isTrue();
        assertThat(License.acceptsDate(LocalDate.of(License.FIRST_YEAR - 1, 12, 31))).isFalse();
        assertThat(License.acceptsDate(LocalDate.of(License.LAST_YEAR, 12, 31))).isTrue();
        assertThat(License.acceptsDate(LocalDate.of(License.LAST_YEAR + 1, 1, 1))).isFalse();
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
        for (String refused : new String[] {"", "0", "010", "1000001", "10000000", "/", ":", "1:", "1/", "+1",
            "1 000"}) {
            assertThat(SeatLimit.parse(refused)).as(refused).isEmpty();
        }
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
}
