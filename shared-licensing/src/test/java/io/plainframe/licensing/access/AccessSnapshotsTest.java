package io.plainframe.licensing.access;

import static io.plainframe.licensing.TestHost.assertDone;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.TestHost;
import io.plainframe.licensing.admin.ChangeCode;
import io.plainframe.licensing.host.FakeMarketplace;
import io.plainframe.licensing.seat.EditorState;
import io.plainframe.licensing.state.StateStore;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Snapshots follow changes at once on this node and within 30 seconds from elsewhere. */
class AccessSnapshotsTest {

    private final TestHost node1 = new TestHost().users("alice", "bob");
    private final TestHost node2 = node1.otherNode();

    @Test
    void aChangeOnThisNodeIsInTheSnapshotAtOnce() {
        node1.licensedFor(5).add("alice");
        assertThat(node1.decide("alice").canEdit()).isTrue();
    }

    @Test
    void aChangeOnAnotherNodeArrivesAtTheNextCheckWellWithinThirtySeconds() {
        node1.licensedFor(5);
        node2.snapshots.refresh();
        assertDone(node1.add("alice"));
        assertThat(node2.decide("alice").canEdit()).as("not yet checked").isFalse();

        node1.clock.advance(Duration.ofSeconds(9));
        assertThat(node2.snapshots.refreshIfStale()).as("the store is asked at most every 10 seconds").isFalse();
        node1.clock.advance(Duration.ofSeconds(1));
        assertThat(node2.snapshots.refreshIfStale()).isTrue();
        assertThat(node2.decide("alice").canEdit()).isTrue();
    }

    @Test
    void anAdminReadingThisNodeSeesAChangeMadeOnAnotherAtOnceWhileDecisionsWaitForTheCheck() {
        node1.licensedFor(5);
        AccessSnapshot before = node2.snapshots.refresh();
        assertThat(node2.snapshots.latest()).as("nothing changed anywhere").isSameAs(before);
        assertDone(node1.add("alice"));
        assertThat(node2.decide("alice").canEdit()).as("decisions wait for the check").isFalse();

        assertThat(node2.snapshots.latest()).isNotSameAs(before);
        assertThat(node2.stateOf("alice")).isEqualTo(EditorState.LICENSED);
        assertThat(node2.decide("alice").canEdit()).as("the admin's read brought it here for everyone").isTrue();
    }

    @Test
    void anAdminReadOnANewDayRebuildsBecauseTheDayCanEndAnEvaluation() {
        AccessSnapshot before = node1.snapshots.refresh();
        node1.clock.advance(Duration.ofHours(13));
        assertThat(node1.snapshots.latest()).isNotSameAs(before);
        assertThat(node1.snapshots.current().builtOn()).isEqualTo(before.builtOn().plusDays(1));
    }

    @Test
    void anAdminReadKeepsTheSnapshotWhenTheStoreCannotAnswer() {
        node1.licensedFor(5);
        AccessSnapshot before = node2.snapshots.refresh();
        assertDone(node1.add("alice"));
        node2.store.down(true);
        assertThat(node2.snapshots.latest()).isSameAs(before);
    }

    @Test
    void anUnchangedRevisionDoesNotRebuild() {
        node1.licensedFor(5);
        AccessSnapshot before = node2.snapshots.refresh();
        node1.clock.advance(Duration.ofMinutes(1));
        assertThat(node2.snapshots.refreshIfStale()).isFalse();
        assertThat(node2.snapshots.current()).isSameAs(before);
    }

    @Test
    void aNewMarketplaceLicenseInUpmIsPickedUp() {
        node1.snapshots.refresh();
        node1.marketplace.install(FakeMarketplace.valid(25));
        node1.clock.advance(Duration.ofSeconds(30));
        assertThat(node1.snapshots.refreshIfStale()).isTrue();
        assertThat(node1.snapshots.current().license().source()).isEqualTo(LicenseSource.MARKETPLACE);
    }

    @Test
    void theAdminPageSeesAMarketplaceLicenseAtOnceWhileOthersWaitForTheCheck() {
        AccessSnapshot before = node1.snapshots.refresh();
        assertThat(node1.snapshots.latest()).as("nothing changed in UPM").isSameAs(before);
        node1.marketplace.install(FakeMarketplace.valid(25));
        assertThat(node1.snapshots.current()).isSameAs(before);
        assertThat(node1.snapshots.latest().license().source()).isEqualTo(LicenseSource.MARKETPLACE);
        assertThat(node1.snapshots.current().license().source()).isEqualTo(LicenseSource.MARKETPLACE);
    }

    @Test
    void aNewDayIsPickedUpBecauseItCanEndAnEvaluation() {
        node1.snapshots.refresh();
        node1.clock.advance(Duration.ofHours(13));
        assertThat(node1.snapshots.refreshIfStale()).isTrue();
    }

    @Test
    void aDamagedStoredStateIsReportedPausesEditingButNotViewingAndIsNeverOverwritten() {
        node1.licensedFor(5).add("alice");
        String good = node1.store.read(StateStore.KEY).orElseThrow().value();
        node1.store.overwrite(StateStore.KEY, good.substring(0, good.length() / 2));
        node1.clock.advance(Duration.ofSeconds(30));
        assertThat(node1.snapshots.refreshIfStale()).isTrue();

        AccessSnapshot snapshot = node1.snapshots.current();
        assertThat(snapshot.isUnreadable()).isTrue();
        assertThat(node1.snapshots.storageProblem()).hasValueSatisfying(problem ->
                assertThat(problem).contains("'state'").contains("damaged"));
        assertThat(node1.decide("alice").canView()).isTrue();
        assertThat(node1.decide("alice").canEdit()).isFalse();
        assertThat(node1.decide("alice").reason()).isEqualTo(AccessReason.STATE_UNREADABLE);
        assertThat(snapshot.state().roster().size()).as("the last readable state is still shown").isEqualTo(1);

        assertThat(node1.add("bob").code()).isEqualTo(ChangeCode.STATE_UNREADABLE);
        assertThat(node1.store.read(StateStore.KEY).orElseThrow().value()).as("never silently replaced")
                .isEqualTo(good.substring(0, good.length() / 2));

        node1.store.overwrite(StateStore.KEY, good);
        node1.clock.advance(Duration.ofSeconds(30));
        assertThat(node1.snapshots.refreshIfStale()).isTrue();
        assertThat(node1.decide("alice").canEdit()).isTrue();
        assertThat(node1.snapshots.storageProblem()).isEmpty();
    }

    @Test
    void damageThatLeavesTheRevisionAloneIsFoundByTheAdminPageAtOnceAndByTheBackgroundCheckWithinFiveMinutes() {
        node1.licensedFor(5).add("alice");
        node2.snapshots.refresh();
        node1.store.corrupt(StateStore.KEY);
        node1.clock.advance(Duration.ofSeconds(30));
        assertThat(node1.snapshots.refreshIfStale()).as("the revision did not change").isFalse();
        assertThat(node1.snapshots.storageProblem()).isEmpty();

        assertThat(node1.snapshots.verify()).as("what the admin page does").isFalse();
        assertThat(node1.snapshots.storageProblem()).hasValueSatisfying(problem ->
                assertThat(problem).contains("checksum"));

        node1.clock.advance(Duration.ofMillis(AccessSnapshots.VERIFY_INTERVAL_MILLIS - 60_000));
        assertThat(node2.snapshots.refreshIfStale()).as("not yet due on the other node").isFalse();
        node1.clock.advance(Duration.ofSeconds(60));
        assertThat(node2.snapshots.refreshIfStale()).isTrue();
        assertThat(node2.snapshots.storageProblem()).isPresent();
        assertThat(node2.decide("alice").canView()).isTrue();

        node1.store.repair();
        assertThat(node1.snapshots.verify()).as("restored: the admin page sees it at once").isTrue();
        assertThat(node1.snapshots.storageProblem()).isEmpty();
        assertThat(node1.decide("alice").canEdit()).isTrue();
    }

    @Test
    void aValueFailingItsChecksumIsReportedAtTheNextRead() {
        node1.licensedFor(5).add("alice");
        node1.store.corrupt(StateStore.KEY);
        assertThat(node1.snapshots.refresh().isUnreadable()).isTrue();
        assertThat(node1.snapshots.storageProblem()).hasValueSatisfying(problem ->
                assertThat(problem).contains("checksum"));
    }

    @Test
    void aStoreThatCannotAnswerKeepsTheSnapshotItHas() {
        node1.licensedFor(5).add("alice");
        node1.store.down(true);
        assertThat(node1.snapshots.refresh().decide("key-alice", true, true).canEdit()).isTrue();
    }

    @Test
    void aRestoredBackupWithALowerRevisionIsPickedUp() {
        node1.licensedFor(5).add("alice");
        String withoutAlice = node1.store.read("state").orElseThrow().value().replace("alice", "nobody");
        node1.store.restore("state", withoutAlice, 1);
        node1.clock.advance(Duration.ofSeconds(10));
        assertThat(node1.snapshots.refreshIfStale()).isTrue();
        assertThat(node1.snapshots.current().revision()).isEqualTo(1);
        assertThat(node1.stateOf("alice")).isNull();
    }

    @Test
    void theFirstViewWorksEvenWhenTheStoreCannotAnswerAndEditingFollowsOnceItCan() {
        TestHost fresh = new TestHost().users("alice");
        fresh.licensedFor(3).add("alice");
        TestHost restarted = fresh.otherNode();
        fresh.store.down(true);
        assertThat(restarted.decide("alice").canView()).isTrue();
        assertThat(restarted.decide("alice").canEdit()).isFalse();
        fresh.store.down(false);
        restarted.clock.advance(Duration.ofSeconds(10));
        assertThat(restarted.snapshots.refreshIfStale()).isTrue();
        assertThat(restarted.decide("alice").canEdit()).isTrue();
    }

    @Test
    void aSlowRefreshNeverReplacesANewerSnapshot() {
        node1.licensedFor(5);
        AccessSnapshot older = node1.snapshots.current();
        assertDone(node1.add("alice"));
        AccessSnapshot newer = node1.snapshots.current();
        assertThat(newer.revision()).isGreaterThan(older.revision());
        assertThat(node1.snapshots.install(new StateStore.Loaded(older.state(), older.revision())))
                .isSameAs(newer);
    }
}
