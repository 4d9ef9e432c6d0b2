package io.plainframe.licensing.access;

import static io.plainframe.licensing.Fixtures.license;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.Fixtures;
import io.plainframe.licensing.check.BuildDate;
import io.plainframe.licensing.check.LicenseCheck;
import io.plainframe.licensing.check.LicenseValidator;
import io.plainframe.licensing.host.FakeMarketplace;
import io.plainframe.licensing.host.MarketplaceLicense;
import io.plainframe.licensing.host.MarketplaceLicenseError;
import io.plainframe.licensing.key.Product;
import io.plainframe.licensing.key.SeatLimit;
import io.plainframe.licensing.key.TrustedKeys;
import io.plainframe.licensing.seat.SeatAllocation;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC 2.1: which license governs, and why. */
class GoverningLicenseTest {

    private static final LicenseValidator VALIDATOR = new LicenseValidator(TrustedKeys.builtIn(), Fixtures.CLOCK)
            .forProduct(Product.CONFLUENCE).forBuild(BuildDate.of(LocalDate.of(2026, 3, 1)));

    private final Optional<LicenseCheck> validKey = Optional.of(VALIDATOR.check(license().key()));
    private final Optional<LicenseCheck> expiredEvaluationKey = Optional.of(VALIDATOR.check(
            license().evaluation(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)).key()));
    private final Optional<MarketplaceLicense> validMarketplace = Optional.of(FakeMarketplace.valid(50));
    private final Optional<MarketplaceLicense> marketplaceTrial = Optional.of(FakeMarketplace.evaluation());
    private final Optional<MarketplaceLicense> expiredMarketplace =
            Optional.of(FakeMarketplace.failing(MarketplaceLicenseError.EXPIRED));

    @Test
    void aValidMarketplaceLicenseGovernsEvenOverAValidVendorKey() {
        GoverningLicense governing = GoverningLicense.choose(validKey, validMarketplace);
        assertThat(governing.source()).isEqualTo(LicenseSource.MARKETPLACE);
        assertThat(governing.reason().code()).isEqualTo(GoverningReason.MARKETPLACE);
        assertThat(governing.seats()).isEqualTo(50);
        assertThat(governing.vendor()).as("the other source is still shown").isPresent();
    }

    @Test
    void anExpiredMarketplaceLicenseNeverBlocksAValidVendorKey() {
        GoverningLicense governing = GoverningLicense.choose(validKey, expiredMarketplace);
        assertThat(governing.source()).isEqualTo(LicenseSource.VENDOR);
        assertThat(governing.valid()).isTrue();
        assertThat(governing.reason().code()).isEqualTo(GoverningReason.VENDOR_KEY);
    }

    @Test
    void aMarketplaceTrialNeverHidesAValidVendorKey() {
        GoverningLicense governing = GoverningLicense.choose(validKey, marketplaceTrial);
        assertThat(governing.source()).isEqualTo(LicenseSource.VENDOR);
        assertThat(Fixtures.english(governing.reason().message())).contains("before a Marketplace trial");
    }

    @Test
    void aValidMarketplaceTrialGovernsWhenNoVendorKeyIsValid() {
        GoverningLicense governing = GoverningLicense.choose(expiredEvaluationKey, marketplaceTrial);
        assertThat(governing.source()).isEqualTo(LicenseSource.MARKETPLACE);
        assertThat(governing.reason().code()).isEqualTo(GoverningReason.MARKETPLACE_EVALUATION);
        assertThat(governing.valid()).isTrue();
    }

    @Test
    void whenNothingIsValidTheVendorKeyIsShownWithItsProblem() {
        GoverningLicense governing = GoverningLicense.choose(expiredEvaluationKey, expiredMarketplace);
        assertThat(governing.valid()).isFalse();
        assertThat(governing.reason().code()).isEqualTo(GoverningReason.INVALID_VENDOR_KEY);
        assertThat(governing.status().key()).isEqualTo("plainframe.license.evaluation-expired");
    }

    @Test
    void whenOnlyAnInvalidMarketplaceLicenseExistsItIsShownWithUpmsError() {
        GoverningLicense governing = GoverningLicense.choose(Optional.empty(),
                Optional.of(FakeMarketplace.failing(MarketplaceLicenseError.USER_MISMATCH)));
        assertThat(governing.reason().code()).isEqualTo(GoverningReason.INVALID_MARKETPLACE);
        assertThat(Fixtures.english(governing.status())).contains("user tier does not match");
        assertThat(governing.valid()).isFalse();
    }

    @Test
    void withNoLicenseThereAreNoSeats() {
        GoverningLicense governing = GoverningLicense.choose(Optional.empty(), Optional.empty());
        assertThat(governing.source()).isEqualTo(LicenseSource.NONE);
        assertThat(governing.seats()).isZero();
        assertThat(governing.valid()).isFalse();
    }

    @Test
    void onlyUnlimitedVendorKeysAndMarketplaceLicensesOfferTheModeEveryone() {
        assertThat(GoverningLicense.choose(validKey, Optional.empty()).allowsEveryone()).isFalse();
        Optional<LicenseCheck> unlimited = Optional.of(VALIDATOR.check(license().editors(SeatLimit.unlimited()).key()));
        GoverningLicense governing = GoverningLicense.choose(unlimited, Optional.empty());
        assertThat(governing.allowsEveryone()).isTrue();
        assertThat(governing.seats()).isEqualTo(SeatAllocation.UNLIMITED);
        assertThat(GoverningLicense.choose(Optional.empty(), validMarketplace).allowsEveryone()).isTrue();
    }

    @Test
    void theAboutPageShowsTheLastBuildDateTheMaintenanceCovers() {
        assertThat(GoverningLicense.choose(validKey, Optional.empty()).maintenanceEnd())
                .isEqualTo(LocalDate.of(2027, 1, 15));
    }
}
