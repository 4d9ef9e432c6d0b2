package io.plainframe.licensing.admin;

import static io.plainframe.licensing.TestHost.ADMIN;
import static io.plainframe.licensing.TestHost.assertDone;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.Fixtures;
import io.plainframe.licensing.TestHost;
import io.plainframe.licensing.access.GoverningReason;
import io.plainframe.licensing.audit.AuditAction;
import io.plainframe.licensing.host.FakeMarketplace;
import io.plainframe.licensing.i18n.Outcome;
import io.plainframe.licensing.key.LicenseType;
import io.plainframe.licensing.key.SeatLimit;
import io.plainframe.licensing.seat.Editor;
import io.plainframe.licensing.seat.SeatMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, items 12 and 13: a key that lowers what the admin has is named as such, loss by loss, with the editors
 * who would wait, and applying it needs a confirmation; a key that gains or keeps everything (the negative
 * controls) is never asked about; a refused key leaves the current license in force.
 */
class LicenseLossesTest {

    private static final String ORIGINAL = "PF-TEST-0000-0001";
    private static final String UPGRADE = "PF-TEST-0000-0002";
    private static final String RENEWAL = "PF-TEST-0000-0003";
    private static final String UNRELATED = "PF-OTHER-0000-0009";

    private final TestHost host = new TestHost().users("alice", "bob", "carol", "dave");

    // Seats -------------------------------------------------------------------------------------------------------

    @Test
    void fewerSeatsIsALossNamingTheEditorsWhoWouldLoseTheirSeat() {
        licensed(TestHost.key(10));
        editorsInOrder("alice", "bob", "carol");
        LicensePreview preview = host.service.preview(TestHost.key(2));
        assertThat(codes(preview)).containsExactly(LicenseLoss.FEWER_SEATS, LicenseLoss.EDITORS_LOSE_SEATS);
        assertThat(english(preview)).containsExactly("Editor seats would go down from 10 to 2.",
                "1 editor would lose their seat and wait: carol.");
        assertThat(preview.losing()).extracting(Editor::username).containsExactly("carol");
        assertThat(preview.waiting()).extracting(Editor::username).containsExactly("carol");
        assertThat(preview.effect().code()).isEqualTo(PreviewEffect.GOVERNS_WITH_LOSSES);
        assertThat(preview.needsConfirmation()).isTrue();
    }

    @Test
    void fewerSeatsThatStillSeatEveryoneIsAskedAboutWithoutNamingAnyone() {
        licensed(TestHost.key(10));
        editorsInOrder("alice");
        LicensePreview preview = host.service.preview(TestHost.key(5));
        assertThat(codes(preview)).containsExactly(LicenseLoss.FEWER_SEATS);
        assertThat(preview.waiting()).isEmpty();
    }

    @Test
    void theEditorsWhoWouldWaitComeFromTheRealSeatOrderNotACount() {
        licensed(TestHost.key(10));
        editorsInOrder("alice", "bob", "carol", "dave");
        host.directory.deactivate("alice"); // a deactivated editor holds no seat, so bob moves up
        assertDone(host.service.syncDirectory());
        LicensePreview preview = host.service.preview(TestHost.key(2));
        assertThat(preview.losing()).extracting(Editor::username).containsExactly("dave");
        assertThat(english(preview)).contains("1 editor would lose their seat and wait: dave.");
    }

    @Test
    void manyEditorsLosingTheirSeatAreNamedUpToALimitAndCounted() {
        String[] names = new String[LicenseLosses.NAMED_UP_TO + 3];
        for (int i = 0; i < names.length; i++) {
            names[i] = String.format("user%02d", i);
        }
        host.users(names);
        licensed(TestHost.key(100));
        editorsInOrder(names);
        LicensePreview preview = host.service.preview(TestHost.key(1));
        assertThat(english(preview).get(1)).startsWith((names.length - 1) + " editors would lose their seat and "
                + "wait: user01, user02,").endsWith(", and 2 more.");
    }

    @Test
    void unlimitedToLimitedEndsTheModeEveryoneAndSaysSo() {
        licensed(TestHost.key(0));
        assertDone(host.service.updateSettings(ADMIN, SeatMode.EVERYONE, "plainframe-editors"));
        LicensePreview preview = host.service.preview(TestHost.key(10));
        assertThat(codes(preview)).containsExactly(LicenseLoss.FEWER_SEATS, LicenseLoss.EVERYONE_MODE_ENDS);
        assertThat(english(preview).get(0)).isEqualTo("Editor seats would go down from unlimited to 10.");
    }

    // Maintenance and lineage ----------------------------------------------------------------------------------

    @Test
    void goingBackFromARenewalToTheLicenseItRenewedLosesMaintenanceAndIsSuperseded() {
        licensed(renewal());
        LicensePreview preview = host.service.preview(original());
        assertThat(codes(preview)).containsExactly(LicenseLoss.EARLIER_MAINTENANCE, LicenseLoss.SUPERSEDED_LICENSE);
        assertThat(english(preview)).containsExactly(
                "Maintenance would end on 2027-01-15 instead of 2028-01-15: versions built after 2027-01-15 would "
                        + "not be covered.",
                "This key is license PF-TEST-0000-0001, which your current license PF-TEST-0000-0003 replaced as "
                        + "its upgrade or renewal.");
    }

    @Test
    void goingBackFromAnUpgradeToTheLicenseItUpgradedLosesSeatsAndIsSuperseded() {
        licensed(upgrade());
        assertThat(codes(host.service.preview(original())))
                .containsExactly(LicenseLoss.FEWER_SEATS, LicenseLoss.EARLIER_MAINTENANCE,
                        LicenseLoss.SUPERSEDED_LICENSE);
    }

    @Test
    void anUpgradeOrARenewalOfTheCurrentLicenseLosesNothing() {
        licensed(original());
        assertThat(host.service.preview(upgrade()).losses()).isEmpty();
        assertThat(host.service.preview(renewal()).losses()).isEmpty();
        assertThat(host.service.preview(original()).losses()).as("the same key again").isEmpty();
        assertThat(host.service.preview(upgrade()).effect().code()).isEqualTo(PreviewEffect.GOVERNS);
    }

    @Test
    void anUnrelatedLicenseIsAskedAboutEvenWithMoreSeats() {
        licensed(original());
        String other = Fixtures.license().id(UNRELATED).licensee("Other Org").editors(SeatLimit.of(50)).key();
        LicensePreview preview = host.service.preview(other);
        assertThat(codes(preview)).containsExactly(LicenseLoss.OTHER_LICENSE);
        assertThat(english(preview)).containsExactly("This key is license PF-OTHER-0000-0009 for Other Org, which "
                + "does not continue your current license PF-TEST-0000-0001 (it is not its upgrade or renewal).");
    }

    @Test
    void anotherKindOfLicenseIsALoss() {
        licensed(original());
        LicensePreview preview = host.service.preview(Fixtures.license().type(LicenseType.COMMUNITY).key());
        assertThat(codes(preview)).containsExactly(LicenseLoss.TYPE_CHANGES);
        assertThat(english(preview)).containsExactly("The kind of license would change from commercial to community.");
    }

    // Evaluations ---------------------------------------------------------------------------------------------

    @Test
    void anEvaluationOverAPaidLicenseIsALossEvenWithUnlimitedSeats() {
        licensed(original());
        LicensePreview preview = host.service.preview(evaluation());
        assertThat(codes(preview)).containsExactly(LicenseLoss.EVALUATION_OVER_PAID);
        assertThat(english(preview)).containsExactly(
                "An evaluation would replace your paid license: editing stops when it ends on 2026-04-09.");
    }

    @Test
    void anEvaluationOverAPaidMarketplaceLicenseThatStillGovernsLosesNothing() {
        host.marketplace.install(FakeMarketplace.valid(25));
        LicensePreview preview = host.service.preview(evaluation());
        assertThat(preview.losses()).isEmpty();
        assertThat(preview.effect().code()).isEqualTo(PreviewEffect.STORED_NOT_GOVERNING);
    }

    @Test
    void anEvaluationOverAMarketplaceTrialOrOverNoLicenseLosesNothing() {
        assertThat(host.service.preview(evaluation()).losses()).as("no license").isEmpty();
        host.marketplace.install(FakeMarketplace.evaluation());
        assertThat(host.service.preview(evaluation()).losses()).as("over a trial").isEmpty();
    }

    @Test
    void nothingIsLostWhenNoLicenseIsValidNow() {
        editorsInOrder();
        assertThat(host.service.preview(TestHost.key(2)).losses()).isEmpty();
    }

    // Applying ------------------------------------------------------------------------------------------------

    @Test
    void applyingALossWithoutConfirmationIsRefusedAndChangesNothing() {
        licensed(TestHost.key(10));
        int writes = host.store.writes();
        int events = host.audit.events().size();
        ChangeResult refused = host.service.applyVendorKey(ADMIN, TestHost.key(2));
        assertThat(refused.code()).isEqualTo(ChangeCode.DOWNGRADE_NEEDS_CONFIRMATION);
        assertThat(refused.code().httpStatus()).isEqualTo(409);
        assertThat(refused.details()).containsEntry("losses", List.of("FEWER_SEATS"));
        assertThat(Fixtures.english(refused.message())).startsWith("This key would lower what your current license "
                + "gives (1 loss, listed with this answer). Nothing was changed;");
        assertThat(host.snapshots.current().license().seats()).isEqualTo(10);
        assertThat(host.store.writes()).isEqualTo(writes);
        assertThat(host.audit.events()).hasSize(events);
    }

    @Test
    void applyingALossWithConfirmationAppliesItAndAuditsIt() {
        licensed(TestHost.key(10));
        assertDone(host.service.applyVendorKey(ADMIN, TestHost.key(2), true));
        assertThat(host.snapshots.current().license().seats()).isEqualTo(2);
        assertThat(host.audit.actions()).endsWith(AuditAction.LICENSE_APPLIED);
    }

    @Test
    void aKeyThatLosesNothingNeedsNoConfirmation() {
        licensed(TestHost.key(10));
        assertDone(host.service.applyVendorKey(ADMIN, TestHost.key(25)));
    }

    @Test
    void theLossesAreJudgedOnTheStoredStateNotOnAnEarlierPreview() {
        licensed(TestHost.key(10));
        assertThat(host.service.preview(TestHost.key(25)).losses()).isEmpty();
        TestHost otherNode = host.otherNode();
        assertDone(otherNode.service.applyVendorKey(ADMIN, TestHost.key(50)));
        assertThat(host.service.applyVendorKey(ADMIN, TestHost.key(25)).code())
                .isEqualTo(ChangeCode.DOWNGRADE_NEEDS_CONFIRMATION);
    }

    // Refused keys (item 13) -------------------------------------------------------------------------------------

    @Test
    void aRefusedKeyLeavesTheCurrentLicenseInForceNotNoLicense() {
        licensed(original());
        String tampered = Fixtures.forged(Fixtures.license().editors(SeatLimit.of(1000)).key(), original());
        LicensePreview preview = host.service.preview(tampered);
        assertThat(preview.effect().code()).isEqualTo(PreviewEffect.REFUSED_CURRENT_STAYS);
        assertThat(Fixtures.english(preview.effect().message())).isEqualTo("If applied: this key would not be "
                + "accepted, and your current license stays in force.");
        assertThat(preview.reason().code()).isEqualTo(GoverningReason.VENDOR_KEY);
        assertThat(preview.losses()).isEmpty();
    }

    @Test
    void aRefusedKeyWithoutAValidLicenseSaysThereWouldStillBeNone() {
        LicensePreview preview = host.service.preview(Fixtures.license().product(
                io.plainframe.licensing.key.Product.JIRA).key());
        assertThat(preview.effect().code()).isEqualTo(PreviewEffect.REFUSED_NO_LICENSE);
    }

    // Given ---------------------------------------------------------------------------------------------------

    private void licensed(String key) {
        assertDone(host.service.applyVendorKey(ADMIN, key, true));
    }

    /** Adds the editors one minute apart, so the seat order is the order given. */
    private void editorsInOrder(String... usernames) {
        for (String username : usernames) {
            assertDone(host.add(username));
            host.clock.advance(Duration.ofMinutes(1));
        }
    }

    private static String original() {
        return Fixtures.license().key();
    }

    private static String upgrade() {
        return Fixtures.license().id(UPGRADE).supersedes(ORIGINAL).editors(SeatLimit.of(25))
                .maintenance(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1)).key();
    }

    private static String renewal() {
        return Fixtures.license().id(RENEWAL).supersedes(ORIGINAL)
                .maintenance(LocalDate.of(2027, 1, 15), LocalDate.of(2028, 1, 15)).key();
    }

    private static String evaluation() {
        return Fixtures.license().id("PF-TEST-0000-0001").evaluation(Fixtures.TODAY, Fixtures.TODAY.plusDays(30))
                .key();
    }

    private static List<LicenseLoss> codes(LicensePreview preview) {
        return preview.losses().stream().map(Outcome::code).toList();
    }

    private static List<String> english(LicensePreview preview) {
        return preview.losses().stream().map(loss -> Fixtures.english(loss.message())).toList();
    }
}
