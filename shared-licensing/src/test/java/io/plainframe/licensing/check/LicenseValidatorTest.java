package io.plainframe.licensing.check;

import static io.plainframe.licensing.Fixtures.license;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.Fixtures;
import io.plainframe.licensing.key.Product;
import io.plainframe.licensing.key.SeatLimit;
import io.plainframe.licensing.key.TrustedKeys;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** SPEC 2.3: checks in a fixed order, first failure wins, every outcome a code and a message. */
class LicenseValidatorTest {

    private static final LocalDate BUILT = LocalDate.of(2026, 3, 1);

    @Test
    void aGenuineKeyForThisProductAndBuildIsValid() {
        LicenseCheck check = confluenceValidator(Fixtures.TODAY).check(license().key());
        assertThat(check.code()).isEqualTo(LicenseCode.VALID);
        assertThat(check.validLicense()).isPresent();
        assertThat(Fixtures.english(check.message()))
                .isEqualTo("Valid license for Acme Ltd, maintenance until 2027-01-15.");
        assertThat(check.warnings()).isEmpty();
    }

    @Test
    void anUndecodableKeyIsMalformedAndCarriesNoLicense() {
        LicenseCheck check = confluenceValidator(Fixtures.TODAY).check("PLAINFRAME-nonsense");
        assertThat(check.code()).isEqualTo(LicenseCode.MALFORMED);
        assertThat(check.decoded()).isEmpty();
        assertThat(check.validLicense()).isEmpty();
    }

    @Test
    void aTamperedKeyHasABadSignature() {
        String genuine = license().key();
        String tampered = license().editors(SeatLimit.of(1000)).key();
        String forged = Fixtures.forged(tampered, genuine);
        LicenseCheck check = confluenceValidator(Fixtures.TODAY).check(forged);
        assertThat(check.code()).isEqualTo(LicenseCode.BAD_SIGNATURE);
        assertThat(check.message().key()).isEqualTo("plainframe.license.bad-signature");
        assertThat(check.validLicense()).isEmpty();
        assertThat(check.decoded()).as("still shown, so the admin sees what was pasted").isPresent();
    }

    @Test
    void aKeySignedByAnUnknownKeyNamesThatKey() {
        String foreign = license().signedBy(Fixtures.vendorKey(9)).key();
        LicenseCheck check = confluenceValidator(Fixtures.TODAY).check(foreign);
        assertThat(check.code()).isEqualTo(LicenseCode.BAD_SIGNATURE);
        assertThat(check.message().arguments()).containsExactly(Fixtures.vendorKey(9).keyId());
    }

    @Test
    void aDemoKeyInABuildThatDoesNotTrustItIsCalledADemoKey() {
        LicenseValidator release = new LicenseValidator(Fixtures.trusting(Fixtures.vendorKey(1)), Fixtures.CLOCK);
        LicenseCheck check = release.check(license().key());
        assertThat(check.code()).isEqualTo(LicenseCode.BAD_SIGNATURE);
        assertThat(Fixtures.english(check.message())).startsWith("This is a demo key");
    }

    @Test
    void aJiraKeyIsRefusedByConfluenceAndTheReverse() {
        LicenseCheck inConfluence = confluenceValidator(Fixtures.TODAY).check(license().product(Product.JIRA).key());
        assertThat(inConfluence.code()).isEqualTo(LicenseCode.WRONG_PRODUCT);
        assertThat(Fixtures.english(inConfluence.message())).startsWith("This key is for Jira, not Confluence.");

        LicenseCheck inJira = validator(Fixtures.TODAY).forProduct(Product.JIRA).check(license().key());
        assertThat(inJira.code()).isEqualTo(LicenseCode.WRONG_PRODUCT);
    }

    @Test
    void anEvaluationIsValidThroughItsLastDayAndExpiredTheDayAfter() {
        String evaluation = license().evaluation(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).key();
        assertThat(confluenceValidator(LocalDate.of(2026, 3, 31)).check(evaluation).code())
                .isEqualTo(LicenseCode.VALID);
        LicenseCheck expired = confluenceValidator(LocalDate.of(2026, 4, 1)).check(evaluation);
        assertThat(expired.code()).isEqualTo(LicenseCode.EVALUATION_EXPIRED);
        assertThat(expired.message().arguments()).containsExactly("2026-03-31");
    }

    @Test
    void maintenanceEndingBeforeTheBuildDateIsNotCoveredAndTheMessageNamesBothDatesAndBothWaysOut() {
        String key = license().maintenance(LocalDate.of(2025, 1, 15), LocalDate.of(2026, 1, 15)).key();
        LicenseCheck check = validator(Fixtures.TODAY).forProduct(Product.CONFLUENCE)
                .forBuild(BuildDate.of(LocalDate.of(2026, 1, 16))).check(key);
        assertThat(check.code()).isEqualTo(LicenseCode.NOT_COVERED);
        assertThat(Fixtures.english(check.message())).isEqualTo("Maintenance ended on 2026-01-15, before this "
                + "version of Plainframe was built on 2026-01-16. Renew maintenance, or install a version built on "
                + "or before 2026-01-15.");
    }

    @Test
    void aBuildOnTheMaintenanceEndDateIsCovered() {
        String key = license().maintenance(LocalDate.of(2025, 1, 15), LocalDate.of(2026, 1, 15)).key();
        assertThat(validator(Fixtures.TODAY).forBuild(BuildDate.of(LocalDate.of(2026, 1, 15))).check(key).code())
                .isEqualTo(LicenseCode.VALID);
    }

    @Test
    void oldVersionsKeepWorkingForeverAfterMaintenanceEnds() {
        String key = license().maintenance(LocalDate.of(2020, 1, 15), LocalDate.of(2021, 1, 15)).key();
        LicenseCheck check = validator(LocalDate.of(2035, 6, 1)).forProduct(Product.CONFLUENCE)
                .forBuild(BuildDate.of(LocalDate.of(2020, 12, 1))).check(key);
        assertThat(check.code()).isEqualTo(LicenseCode.VALID);
        assertThat(check.hasWarning(LicenseWarning.MAINTENANCE_ENDED)).isTrue();
    }

    @Test
    void theFirstFailureWins() {
        String jiraEvaluationLongExpired = license().product(Product.JIRA)
                .evaluation(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31)).key();
        assertThat(confluenceValidator(Fixtures.TODAY).check(jiraEvaluationLongExpired).code())
                .as("wrong product before expired evaluation and not covered").isEqualTo(LicenseCode.WRONG_PRODUCT);

        String expiredUncovered = license().evaluation(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31)).key();
        assertThat(confluenceValidator(Fixtures.TODAY).check(expiredUncovered).code())
                .as("expired evaluation before not covered").isEqualTo(LicenseCode.EVALUATION_EXPIRED);

        String foreignJiraKey = license().product(Product.JIRA).signedBy(Fixtures.vendorKey(5)).key();
        assertThat(confluenceValidator(Fixtures.TODAY).check(foreignJiraKey).code())
                .as("bad signature before wrong product").isEqualTo(LicenseCode.BAD_SIGNATURE);
    }

    @Test
    void withoutProductOrBuildThoseChecksAreSkippedForTheVendor() {
        String jiraKeyOutOfMaintenance = license().product(Product.JIRA)
                .maintenance(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)).key();
        assertThat(validator(Fixtures.TODAY).check(jiraKeyOutOfMaintenance).code()).isEqualTo(LicenseCode.VALID);
    }

    @Test
    void maintenanceEndingWithinThirtyDaysIsAWarning() {
        String key = license().maintenance(LocalDate.of(2025, 4, 9), LocalDate.of(2026, 4, 9)).key();
        LicenseCheck thirtyDaysLeft = validator(LocalDate.of(2026, 3, 10)).check(key);
        assertThat(thirtyDaysLeft.hasWarning(LicenseWarning.MAINTENANCE_ENDING)).isTrue();
        assertThat(Fixtures.english(thirtyDaysLeft.warnings().get(0).message()))
                .isEqualTo("Maintenance ends on 2026-04-09 (in 30 days). "
                        + "Renew it to keep getting updates and support.");
        assertThat(validator(LocalDate.of(2026, 3, 9)).check(key).warnings()).as("31 days left").isEmpty();
        assertThat(Fixtures.english(validator(LocalDate.of(2026, 4, 9)).check(key).warnings().get(0).message()))
                .contains("(today)");
    }

    @Test
    void anEvaluationEndingWithinSevenDaysIsAWarning() {
        String key = license().evaluation(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).key();
        assertThat(validator(LocalDate.of(2026, 3, 23)).check(key).warnings()).as("8 days left").isEmpty();
        LicenseCheck sevenDaysLeft = validator(LocalDate.of(2026, 3, 24)).check(key);
        assertThat(sevenDaysLeft.hasWarning(LicenseWarning.EVALUATION_ENDING)).isTrue();
        assertThat(sevenDaysLeft.hasWarning(LicenseWarning.MAINTENANCE_ENDING)).isFalse();
        assertThat(Fixtures.english(validator(LocalDate.of(2026, 3, 30)).check(key).warnings().get(0).message()))
                .contains("(tomorrow)");
    }

    @Test
    void eightyPercentOfSeatsUsedIsAWarningAndWaitingEditorsAreAnother() {
        LicenseCheck check = validator(Fixtures.TODAY).check(license().key());
        assertThat(check.withSeatUsage(7, 0).warnings()).isEmpty();
        assertThat(check.withSeatUsage(8, 0).hasWarning(LicenseWarning.SEATS_NEARLY_FULL)).isTrue();
        LicenseCheck full = check.withSeatUsage(10, 3);
        assertThat(full.hasWarning(LicenseWarning.SEATS_NEARLY_FULL)).isTrue();
        assertThat(full.hasWarning(LicenseWarning.EDITORS_WAITING)).isTrue();
        assertThat(full.warnings().stream().map(w -> Fixtures.english(w.message())))
                .contains("10 of 10 editor seats are in use. Upgrade the license before new editors have to wait.",
                        "3 editors are waiting for a seat. Upgrade the license or remove editors.");
        assertThat(full.withSeatUsage(2, 0).warnings()).as("recomputed, not accumulated").isEmpty();
    }

    @Test
    void anUnlimitedLicenseNeverRunsOutOfSeats() {
        LicenseCheck check = validator(Fixtures.TODAY).check(license().editors(SeatLimit.unlimited()).key());
        assertThat(check.withSeatUsage(1_000_000, 0).warnings()).isEmpty();
    }

    @Test
    void anInvalidLicenseHasNoSeatWarnings() {
        LicenseCheck check = confluenceValidator(Fixtures.TODAY).check(license().product(Product.JIRA).key());
        assertThat(check.withSeatUsage(10, 5).warnings()).isEmpty();
    }

    private static LicenseValidator validator(LocalDate today) {
        return new LicenseValidator(TrustedKeys.builtIn(), Fixtures.clockAt(today));
    }

    private static LicenseValidator confluenceValidator(LocalDate today) {
        return validator(today).forProduct(Product.CONFLUENCE).forBuild(BuildDate.of(BUILT));
    }
}
