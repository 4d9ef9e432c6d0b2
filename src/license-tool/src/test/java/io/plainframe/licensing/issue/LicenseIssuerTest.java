package io.plainframe.licensing.issue;

import static io.plainframe.licensing.Fixtures.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.Fixtures;
import io.plainframe.licensing.check.LicenseValidator;
import io.plainframe.licensing.key.License;
import io.plainframe.licensing.key.LicenseType;
import io.plainframe.licensing.key.Product;
import io.plainframe.licensing.key.SeatLimit;
import io.plainframe.licensing.key.SigningKey;
import io.plainframe.licensing.key.TrustedKeys;
import io.plainframe.licensing.tool.ToolText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The seed documents' rules, one test each, named after the rule. */
class LicenseIssuerTest {

    /** The issuing rules' texts are the tool's. */
    private static final ToolText TEXT = new ToolText();

    private static final SigningKey VENDOR = Fixtures.vendorKey(1);

    private final LicenseIssuer issuer = issuerOn(LocalDate.of(2026, 11, 23));

    // New license --------------------------------------------------------------------------------------------

    @Test
    void newLicenseMaintenanceStartsOnThePurchaseDateAndLastsTwelveMonths() {
        License license = newLicense(10, "2026-01-15");
        assertThat(license.purchaseDate()).isEqualTo("2026-01-15");
        assertThat(license.maintenanceStart()).isEqualTo("2026-01-15");
        assertThat(license.maintenanceEnd()).isEqualTo("2027-01-15");
        assertThat(license.supersedes()).isNull();
    }

    @Test
    void newLicenseCarriesEverythingTheAdminSeesSoOnlyTheKeyIsPasted() {
        IssuedKey issued = issuer.issueNew(Product.JIRA, "Acme Ltd", "it@acme.example", LicenseType.ACADEMIC,
                SeatLimit.of(25), LocalDate.parse("2026-01-15"));
        License read = new LicenseValidator(Fixtures.trusting(VENDOR), Fixtures.CLOCK).check(issued.key())
                .validLicense().orElseThrow();
        assertThat(read).isEqualTo(issued.license());
        assertThat(read.licensee()).isEqualTo("Acme Ltd");
        assertThat(read.issuedAt()).isEqualTo(Instant.parse("2026-11-23T12:00:00Z"));
        assertThat(read.licenseId()).matches("PF-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(read.keyId()).isEqualTo(VENDOR.keyId());
    }

    @Test
    void everyKeyGetsItsOwnLicenseId() {
        assertThat(newLicense(10, "2026-01-15").licenseId()).isNotEqualTo(newLicense(10, "2026-01-15").licenseId());
    }

    @Test
    void anUnlimitedLicenseCanBeIssued() {
        assertThat(issuer.issueNew(Product.CONFLUENCE, "Acme", null, LicenseType.COMMERCIAL, SeatLimit.unlimited(),
                LocalDate.parse("2026-01-15")).license().editors().isUnlimited()).isTrue();
    }

    // Upgrade ------------------------------------------------------------------------------------------------

    @Test
    void upgradeMaintenanceStartsOnTheUpgradePurchaseDateAndReplacesTheOriginal() {
        String original = newKey(10, "2026-01-15");
        License upgrade = issuer.upgrade(original, SeatLimit.of(25), LocalDate.parse("2026-06-01")).license();
        assertThat(upgrade.maintenanceStart()).isEqualTo("2026-06-01");
        assertThat(upgrade.maintenanceEnd()).isEqualTo("2027-06-01");
        assertThat(upgrade.purchaseDate()).isEqualTo("2026-06-01");
        assertThat(upgrade.editors()).isEqualTo(SeatLimit.of(25));
    }

    @Test
    void upgradeGetsANewLicenseIdThatSupersedesTheOldOne() {
        String original = newKey(10, "2026-01-15");
        License old = issuer.upgrade(original, SeatLimit.of(11), LocalDate.parse("2026-02-01")).license();
        License was = read(original);
        assertThat(old.licenseId()).isNotEqualTo(was.licenseId());
        assertThat(old.supersedes()).isEqualTo(was.licenseId());
        assertThat(old.licensee()).isEqualTo(was.licensee());
        assertThat(old.product()).isEqualTo(was.product());
        assertThat(old.type()).isEqualTo(was.type());
        assertThat(old.email()).isEqualTo(was.email());
    }

    @Test
    void upgradeCanBeBoughtAfterMaintenanceHasExpired() {
        String original = newKey(10, "2024-01-15");
        License upgrade = issuer.upgrade(original, SeatLimit.of(50), LocalDate.parse("2026-11-23")).license();
        assertThat(upgrade.maintenanceEnd()).isEqualTo("2027-11-23");
    }

    @Test
    void upgradeToFewerEditorsIsRefusedBecauseADowngradeNeedsANewLicense() {
        String original = newKey(25, "2026-01-15");
        assertThatThrownBy(() -> issuer.upgrade(original, SeatLimit.of(10), LocalDate.parse("2026-06-01")))
                .isInstanceOf(IssueRefusedException.class)
                .satisfies(e -> assertThat(TEXT.render(((IssueRefusedException) e).userMessage()))
                        .isEqualTo("An upgrade must add editors: the license has 25, the upgrade asks for 10. "
                                + "For fewer editors, issue a new license."));
    }

    @Test
    void upgradeToTheSameNumberOfEditorsIsRefused() {
        String original = newKey(25, "2026-01-15");
        assertThatThrownBy(() -> issuer.upgrade(original, SeatLimit.of(25), LocalDate.parse("2026-06-01")))
                .isInstanceOf(IssueRefusedException.class);
    }

    @Test
    void upgradeFromUnlimitedIsRefusedAndUpgradeToUnlimitedIsAllowed() {
        String unlimited = issuer.issueNew(Product.CONFLUENCE, "Acme", null, LicenseType.COMMERCIAL,
                SeatLimit.unlimited(), LocalDate.parse("2026-01-15")).key();
        assertThatThrownBy(() -> issuer.upgrade(unlimited, SeatLimit.unlimited(), LocalDate.parse("2026-06-01")))
                .isInstanceOf(IssueRefusedException.class);
        assertThat(issuer.upgrade(newKey(10, "2026-01-15"), SeatLimit.unlimited(), LocalDate.parse("2026-06-01"))
                .license().editors().isUnlimited()).isTrue();
    }

    @Test
    void upgradeThatCutsStackedMaintenanceShortSaysSo() {
        String renewedTwice = issuer.renew(issuer.renew(newKey(10, "2026-01-15"), LocalDate.parse("2026-02-01")).key(),
                LocalDate.parse("2026-02-01")).key();
        IssuedKey upgrade = issuer.upgrade(renewedTwice, SeatLimit.of(25), LocalDate.parse("2026-06-01"));
        assertThat(upgrade.license().maintenanceEnd()).isEqualTo("2027-06-01");
        assertThat(keys(upgrade.notes())).containsExactly("plainframe.issue.note.upgrade-shortens");
        assertThat(upgrade.notes().get(0).arguments()).containsExactly("2029-01-15", "2027-06-01");
    }

    // Renewal ------------------------------------------------------------------------------------------------

    @Test
    void renewalBoughtLateStillStartsAtThePreviousEnd() {
        String original = newKey(10, "2024-01-15");
        License renewal = issuer.renew(original, LocalDate.parse("2026-11-23")).license();
        assertThat(renewal.maintenanceStart()).isEqualTo("2025-01-15");
        assertThat(renewal.maintenanceEnd()).isEqualTo("2026-01-15");
        assertThat(renewal.purchaseDate()).isEqualTo("2026-11-23");
    }

    @Test
    void renewalBoughtLateEnoughToHaveEndedAlreadySaysSo() {
        IssuedKey renewal = issuer.renew(newKey(10, "2023-01-15"), LocalDate.parse("2026-11-23"));
        assertThat(renewal.license().maintenanceEnd()).isEqualTo("2025-01-15");
        assertThat(keys(renewal.notes())).containsExactly("plainframe.issue.note.renewal-already-ended");
    }

    @Test
    void whetherARenewalHasEndedIsJudgedOnItsPurchaseDateNotOnTheDayItIsIssued() {
        IssuedKey renewal = issuerOn(LocalDate.parse("2030-06-01")).renew(newKey(10, "2026-01-15"),
                LocalDate.parse("2027-01-01"));
        assertThat(renewal.license().maintenanceEnd()).isEqualTo("2028-01-15");
        assertThat(renewal.notes()).as("in force when bought").isEmpty();
    }

    @Test
    void aDemoKeyIsNeverUpgradedOrRenewedIntoARealOne() {
        String demo = Fixtures.license().key();
        LicenseIssuer real = new LicenseIssuer(VENDOR, TrustedKeys.builtIn(), Fixtures.CLOCK, new Random(3));
        assertThatThrownBy(() -> real.renew(demo, LocalDate.parse("2026-06-01")))
                .hasMessageContaining("plainframe.issue.demo-key-from");
        assertThatThrownBy(() -> real.upgrade(demo, SeatLimit.of(50), LocalDate.parse("2026-06-01")))
                .hasMessageContaining("plainframe.issue.demo-key-from");
        LicenseIssuer demoIssuer = new LicenseIssuer(Fixtures.demoKey(), TrustedKeys.builtIn(), Fixtures.CLOCK,
                new Random(3));
        assertThat(demoIssuer.renew(demo, LocalDate.parse("2026-06-01")).license().keyId())
                .isEqualTo(TrustedKeys.DEMO_KEY_ID);
    }

    @Test
    void maintenanceThatWouldEndBeyondTheYearsAKeyHoldsIsRefused() {
        assertThatThrownBy(() -> issuer.issueNew(Product.JIRA, "Acme", null, LicenseType.COMMERCIAL,
                SeatLimit.of(1), LocalDate.parse("2999-03-01"))).hasMessageContaining("date-out-of-range");
    }

    @Test
    void renewalBoughtEarlyStacksOnThePreviousEnd() {
        String original = newKey(10, "2026-01-15");
        String first = issuer.renew(original, LocalDate.parse("2026-03-01")).key();
        License second = issuer.renew(first, LocalDate.parse("2026-03-02")).license();
        assertThat(read(first).maintenanceStart()).isEqualTo("2027-01-15");
        assertThat(read(first).maintenanceEnd()).isEqualTo("2028-01-15");
        assertThat(second.maintenanceStart()).isEqualTo("2028-01-15");
        assertThat(second.maintenanceEnd()).isEqualTo("2029-01-15");
    }

    @Test
    void renewalIsSoldTwelveMonthsAtATime() {
        for (String purchased : new String[] {"2026-01-16", "2026-07-01", "2027-01-15", "2028-12-31"}) {
            License renewal = issuer.renew(newKey(10, "2026-01-15"), LocalDate.parse(purchased)).license();
            assertThat(renewal.maintenanceStart()).isEqualTo("2027-01-15");
            assertThat(renewal.maintenanceEnd()).isEqualTo("2028-01-15");
        }
    }

    @Test
    void renewalDatesAreNeverCoTermedWithThePurchaseDate() {
        License early = issuer.renew(newKey(10, "2026-01-15"), LocalDate.parse("2026-02-01")).license();
        License late = issuer.renew(newKey(10, "2026-01-15"), LocalDate.parse("2027-09-30")).license();
        assertThat(early.maintenanceEnd()).isEqualTo(late.maintenanceEnd()).isEqualTo("2028-01-15");
    }

    @Test
    void renewalKeepsEditorsAndSupersedesTheRenewedLicense() {
        String original = newKey(42, "2026-01-15");
        License renewal = issuer.renew(original, LocalDate.parse("2026-12-01")).license();
        assertThat(renewal.editors()).isEqualTo(SeatLimit.of(42));
        assertThat(renewal.supersedes()).isEqualTo(read(original).licenseId());
        assertThat(renewal.licenseId()).isNotEqualTo(read(original).licenseId());
    }

    @Test
    void purchasesDatedBeforeTheOriginalPurchaseAreRefused() {
        String original = newKey(10, "2026-01-15");
        assertThatThrownBy(() -> issuer.renew(original, LocalDate.parse("2026-01-14")))
                .isInstanceOf(IssueRefusedException.class)
                .hasMessageContaining("plainframe.issue.purchased-before-original");
        assertThatThrownBy(() -> issuer.upgrade(original, SeatLimit.of(20), LocalDate.parse("2025-12-31")))
                .isInstanceOf(IssueRefusedException.class);
    }

    // Evaluation ---------------------------------------------------------------------------------------------

    @Test
    void evaluationLastsThirtyDaysFromIssueWithUnlimitedEditors() {
        License evaluation = issuer.issueEvaluation(Product.CONFLUENCE, "Trial Co", null, LocalDate.parse("2026-11-23"),
                SeatLimit.unlimited()).license();
        assertThat(evaluation.isEvaluation()).isTrue();
        assertThat(evaluation.purchaseDate()).isNull();
        assertThat(evaluation.maintenanceStart()).isEqualTo("2026-11-23");
        assertThat(evaluation.maintenanceEnd()).isEqualTo("2026-12-23");
        assertThat(evaluation.editors().isUnlimited()).isTrue();
    }

    @Test
    void evaluationsCannotBeUpgradedOrRenewed() {
        String evaluation = issuer.issueEvaluation(Product.CONFLUENCE, "Trial Co", null, LocalDate.parse("2026-11-23"),
                SeatLimit.of(5)).key();
        assertThatThrownBy(() -> issuer.upgrade(evaluation, SeatLimit.of(10), LocalDate.parse("2026-11-24")))
                .hasMessageContaining("plainframe.issue.upgrade.evaluation");
        assertThatThrownBy(() -> issuer.renew(evaluation, LocalDate.parse("2026-11-24")))
                .hasMessageContaining("plainframe.issue.renew.evaluation");
    }

    @Test
    void anEvaluationIsNotALicenseType() {
        assertThatThrownBy(() -> issuer.issueNew(Product.CONFLUENCE, "Acme", null, LicenseType.EVALUATION,
                SeatLimit.of(10), LocalDate.parse("2026-01-15"))).isInstanceOf(IssueRefusedException.class);
    }

    @Test
    void anEvaluationForABlankLicenseeOrABadEmailIsRefusedWithTheIssuersReason() {
        assertThatThrownBy(() -> issuer.issueEvaluation(Product.CONFLUENCE, " ", null,
                LocalDate.parse("2026-11-23"), SeatLimit.of(10))).isInstanceOf(IssueRefusedException.class)
                .hasMessageContaining("plainframe.issue.licensee");
        assertThatThrownBy(() -> issuer.issueEvaluation(Product.CONFLUENCE, "Acme", "not-an-email",
                LocalDate.parse("2026-11-23"), SeatLimit.of(10))).isInstanceOf(IssueRefusedException.class)
                .hasMessageContaining("plainframe.issue.email");
    }

    // Keys given to upgrade and renew ------------------------------------------------------------------------

    @Test
    void aForgedOrMangledKeyCannotBeUpgradedOrRenewed() {
        String foreign = Fixtures.license().signedBy(Fixtures.vendorKey(7)).key();
        assertThatThrownBy(() -> issuer.renew(foreign, LocalDate.parse("2026-11-23")))
                .isInstanceOf(IssueRefusedException.class)
                .hasMessageContaining("plainframe.license.bad-signature");
        assertThatThrownBy(() -> issuer.upgrade("PLAINFRAME-broken", SeatLimit.of(5), LocalDate.parse("2026-11-23")))
                .isInstanceOf(IssueRefusedException.class)
                .hasMessageContaining("plainframe.license.malformed");
    }

    @Test
    void keysOfTrustedOlderSigningKeysCanBeRenewedWithTheCurrentOne() {
        String signedByRetiredKey = Fixtures.license().signedBy(Fixtures.vendorKey(2)).key();
        LicenseIssuer current = new LicenseIssuer(VENDOR, Fixtures.trusting(Fixtures.vendorKey(2)),
                Fixtures.CLOCK, new Random(1));
        License renewal = current.renew(signedByRetiredKey, LocalDate.parse("2026-12-01")).license();
        assertThat(renewal.keyId()).isEqualTo(VENDOR.keyId());
    }

    @Test
    void aLicenseeOrEmailThatCannotGoIntoAKeyIsRefusedWithTheRule() {
        LocalDate day = LocalDate.parse("2026-01-15");
        assertThatThrownBy(() -> issuer.issueNew(Product.JIRA, " ", null, LicenseType.COMMERCIAL, SeatLimit.of(1), day))
                .hasMessageContaining("plainframe.issue.licensee");
        assertThatThrownBy(() -> issuer.issueNew(Product.JIRA, "x".repeat(201), null, LicenseType.COMMERCIAL,
                SeatLimit.of(1), day)).hasMessageContaining("plainframe.issue.licensee");
        assertThatThrownBy(() -> issuer.issueNew(Product.JIRA, "Acme\nLtd", null, LicenseType.COMMERCIAL,
                SeatLimit.of(1), day)).hasMessageContaining("plainframe.issue.licensee");
        assertThatThrownBy(() -> issuer.issueNew(Product.JIRA, "Acme", "nobody", LicenseType.COMMERCIAL,
                SeatLimit.of(1), day)).hasMessageContaining("plainframe.issue.email");
    }

    // Month ends ---------------------------------------------------------------------------------------------

    @Test
    void twelveMonthsFromTheTwentyNinthOfFebruaryEndOnTheTwentyEighth() {
        assertThat(newLicense(10, "2028-02-29").maintenanceEnd()).isEqualTo("2029-02-28");
    }

    @Test
    void aRenewalChainStartedOnTheTwentyNinthOfFebruaryContinuesOnTheTwentyEighth() {
        String first = newKey(10, "2028-02-29");
        License renewal = issuer.renew(first, LocalDate.parse("2029-01-01")).license();
        assertThat(renewal.maintenanceStart()).isEqualTo("2029-02-28");
        assertThat(renewal.maintenanceEnd()).isEqualTo("2030-02-28");
    }

    @Test
    void monthEndsThatExistNextYearAreKept() {
        assertThat(newLicense(10, "2026-01-31").maintenanceEnd()).isEqualTo("2027-01-31");
        assertThat(newLicense(10, "2027-02-28").maintenanceEnd()).isEqualTo("2028-02-28");
        assertThat(newLicense(10, "2026-12-31").maintenanceEnd()).isEqualTo("2027-12-31");
    }

    private LicenseIssuer issuerOn(LocalDate day) {
        return new LicenseIssuer(VENDOR, TrustedKeys.of(List.of()), Fixtures.clockAt(day), new Random(42));
    }

    private String newKey(int editors, String purchased) {
        return issuer.issueNew(Product.CONFLUENCE, "Acme Ltd", "it@acme.example", LicenseType.COMMERCIAL,
                SeatLimit.of(editors), LocalDate.parse(purchased)).key();
    }

    private License newLicense(int editors, String purchased) {
        return read(newKey(editors, purchased));
    }

    private static License read(String key) {
        return new LicenseValidator(Fixtures.trusting(VENDOR), Fixtures.CLOCK).check(key).decoded().orElseThrow();
    }
}
