package io.plainframe.licensing.access;

import static io.plainframe.licensing.TestHost.assertDone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.Fixtures;
import io.plainframe.licensing.LogCapture;
import io.plainframe.licensing.TestHost;
import io.plainframe.licensing.host.DelegatingSettingsStore;
import io.plainframe.licensing.host.FakeMarketplace;
import io.plainframe.licensing.host.MarketplaceLicenseError;
import io.plainframe.licensing.state.StateStore;
import io.plainframe.licensing.check.LicenseValidator;
import io.plainframe.licensing.host.InMemorySettingsStore;
import io.plainframe.licensing.host.SettingsStore;
import io.plainframe.licensing.key.Product;
import io.plainframe.licensing.key.TrustedKeys;
import io.plainframe.licensing.seat.Editor;
import io.plainframe.licensing.seat.EditorStatus;
import io.plainframe.licensing.seat.Roster;
import io.plainframe.licensing.state.PlainframeState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The access snapshots' and decisions' edges that PIT found untested. */
class AccessEdgesTest {

    private final TestHost node1 = new TestHost().users("alice", "bob");
    private final TestHost node2 = node1.otherNode();

    @Test
    void anotherNodesChangeIsCheckedForExactlyWhenTheIntervalHasPassed() {
        node1.licensedFor(5);
        node2.snapshots.refreshIfStale();
        assertDone(node1.add("alice"));
        node1.clock.advance(Duration.ofMillis(AccessSnapshots.CHECK_INTERVAL_MILLIS - 1));
        assertThat(node2.snapshots.refreshIfStale()).isFalse();
        node1.clock.advance(Duration.ofMillis(1));
        assertThat(node2.snapshots.refreshIfStale()).isTrue();
        assertThat(node2.decide("alice").canEdit()).isTrue();
    }

    @Test
    void aStoreThatCannotAnswerBeforeAnythingWasStoredKeepsTheSnapshotOfNothingStored() {
        AccessSnapshot nothingStored = node1.snapshots.refresh();
        assertThat(nothingStored.revision()).isZero();
        node1.store.down(true);
        assertThat(node1.snapshots.refresh()).isSameAs(nothingStored);
    }

    @Test
    void aDamagedStateIsLoggedAsAnErrorAndAStoreThatCannotAnswerAsAWarning() {
        node1.licensedFor(5).add("alice");
        try (LogCapture log = LogCapture.of(AccessSnapshots.class)) {
            node1.store.down(true);
            node1.snapshots.refresh();
            assertThat(log.lines()).singleElement().asString()
                    .startsWith("WARNING Plainframe could not read its stored state just now: ");
            log.clear();
            node1.store.down(false);
            node1.store.corrupt(StateStore.KEY);
            node1.snapshots.refresh();
            assertThat(log.lines()).singleElement().asString().startsWith("SEVERE Plainframe cannot read its "
                    + "stored state; editing is paused until an administrator looks at it: ");
        }
    }

    @Test
    void verifyingAHealthyStateKeepsTheSnapshotAndAStoreThatCannotAnswerIsNotDamage() {
        node1.licensedFor(5).add("alice");
        AccessSnapshot before = node1.snapshots.refresh();
        assertThat(node1.snapshots.verify()).isTrue();
        assertThat(node1.snapshots.current()).isSameAs(before);
        node1.store.down(true);
        assertThat(node1.snapshots.verify()).isTrue();
        assertThat(node1.snapshots.storageProblem()).isEmpty();
        assertThat(node1.snapshots.current()).isSameAs(before);
    }

    @Test
    void verifyingBeforeAnySnapshotWasTakenReadsTheStateAndFindsItWell() {
        assertThat(node1.snapshots.verify()).isTrue();
        assertThat(node1.snapshots.storageProblem()).isEmpty();
    }

    @Test
    void verifyingOnceTheStoreAnswersAgainEndsTheWaitOfAFirstViewMadeWhileItCouldNot() {
        node1.licensedFor(3).add("alice");
        TestHost restarted = node1.otherNode();
        node1.store.down(true);
        assertThat(restarted.snapshots.current().isUnreadable()).as("the first view, store down").isTrue();
        assertThat(restarted.snapshots.storageProblem()).as("not damage").isEmpty();
        node1.store.down(false);
        assertThat(restarted.snapshots.verify()).isTrue();
        assertThat(restarted.snapshots.current().isUnreadable()).isFalse();
        assertThat(restarted.decide("alice").canEdit()).isTrue();
    }

    @Test
    void damageThatLeavesTheRevisionAloneIsLookedForExactlyWhenTheVerifyIntervalHasPassed() {
        node1.licensedFor(5).add("alice");
        node1.store.corrupt(StateStore.KEY);
        node1.clock.advance(Duration.ofMillis(AccessSnapshots.VERIFY_INTERVAL_MILLIS));
        assertThat(node1.snapshots.refreshIfStale()).as("verified, found damaged").isTrue();
        assertThat(node1.snapshots.storageProblem()).isPresent();
    }

    @Test
    void aRefreshWhoseReadThisNodesOwnWriteOvertookKeepsTheWrite() {
        InMemorySettingsStore settings = new InMemorySettingsStore();
        StateStore states = new StateStore(settings);
        PlainframeState first = PlainframeState.INITIAL.withRoster(Roster.of(List.of(editor("ann"))));
        PlainframeState second = PlainframeState.INITIAL.withRoster(Roster.of(List.of(editor("ann"), editor("bob"))));
        states.update(loaded -> StateStore.Change.write(first, "first"));
        AccessSnapshots[] snapshots = new AccessSnapshots[1];
        boolean[] overtaken = {false};
        SettingsStore slow = new DelegatingSettingsStore(settings) {
            @Override
            public Optional<Versioned> read(String key) {
                Optional<Versioned> read = settings.read(key);
                if (key.equals(StateStore.KEY) && !overtaken[0]) {
                    overtaken[0] = true;
                    // While this read is on its way back, this node writes and installs what it wrote.
                    states.update(loaded -> StateStore.Change.write(second, "second"));
                    snapshots[0].install(states.load());
                }
                return read;
            }
        };
        snapshots[0] = new AccessSnapshots(new StateStore(slow), new LicenseValidator(TrustedKeys.builtIn(),
                node1.clock).forProduct(Product.CONFLUENCE), new FakeMarketplace(), node1.clock);
        snapshots[0].refresh();
        assertThat(snapshots[0].current().revision()).isEqualTo(2);
        assertThat(snapshots[0].current().state()).isEqualTo(second);
    }

    @Test
    void aNewDayAtTheSameRevisionInstallsASnapshotBuiltThatDay() {
        node1.licensedFor(5);
        AccessSnapshot before = node1.snapshots.refresh();
        node1.clock.advance(Duration.ofHours(13));
        AccessSnapshot after = node1.snapshots.refresh();
        assertThat(after.revision()).isEqualTo(before.revision());
        assertThat(after.builtOn()).isEqualTo(before.builtOn().plusDays(1));
        assertThat(node1.snapshots.current()).isSameAs(after);
    }

    @Test
    void anInvalidMarketplaceLicenseNamesItsProblemToEditors() {
        node1.add("alice");
        node1.marketplace.install(FakeMarketplace.failing(MarketplaceLicenseError.EXPIRED));
        node1.snapshots.refresh();
        AccessDecision decision = node1.decide("alice");
        assertThat(decision.reason()).isEqualTo(AccessReason.LICENSE_INVALID);
        assertThat(decision.outcome().message().arguments()).containsExactly("EXPIRED");
    }

    @Test
    void aMarketplaceEvaluationSaysSoWithItsEndAndAPaidOneDoesNot() {
        node1.marketplace.install(FakeMarketplace.evaluation());
        GoverningLicense evaluation = node1.snapshots.refresh().license();
        assertThat(evaluation.status().key()).isEqualTo("plainframe.marketplace.valid.evaluation");
        assertThat(Fixtures.english(evaluation.status())).contains(String.valueOf(
                evaluation.marketplace().orElseThrow().expiry()));
        node1.marketplace.install(FakeMarketplace.valid(10));
        assertThat(node1.snapshots.refresh().license().status().key()).isEqualTo("plainframe.marketplace.valid");
    }

    @Test
    void whoeverMayEditMayView() {
        assertThatThrownBy(() -> AccessDecision.of(false, true, AccessReason.EDITOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whoever may edit may view");
        assertThat(AccessDecision.of(true, true, AccessReason.EDITOR).canEdit()).isTrue();
        assertThat(AccessDecision.of(true, false, AccessReason.NO_SEAT).canEdit()).isFalse();
        assertThat(AccessDecision.of(false, false, AccessReason.NO_SEAT).canView()).isFalse();
    }

    private static Editor editor(String username) {
        return new Editor("key-" + username, username, username, null, true, false,
                Instant.parse("2026-01-01T00:00:00Z"), EditorStatus.ACTIVE);
    }
}
