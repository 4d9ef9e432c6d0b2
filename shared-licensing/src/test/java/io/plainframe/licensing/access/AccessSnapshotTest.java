package io.plainframe.licensing.access;

import static io.plainframe.licensing.TestHost.assertDone;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.Fixtures;
import io.plainframe.licensing.TestHost;
import io.plainframe.licensing.host.FakeMarketplace;
import io.plainframe.licensing.host.MarketplaceLicenseError;
import io.plainframe.licensing.seat.SeatMode;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** SPEC 4: view whenever the host allows it; edit with permission, a valid license and a seat. */
class AccessSnapshotTest {

    private final TestHost host = new TestHost().users("alice", "bob", "carol", "viewer");

    @Test
    void aLicensedEditorMayEdit() {
        host.licensedFor(10).add("alice");
        AccessDecision decision = host.decide("alice");
        assertThat(decision.canEdit()).isTrue();
        assertThat(decision.reason()).isEqualTo(AccessReason.EDITOR);
    }

    @Test
    void aViewerWithoutASeatIsToldWhyAndHowToAskForOne() {
        host.licensedFor(10);
        AccessDecision decision = host.decide("viewer");
        assertThat(decision.canView()).isTrue();
        assertThat(decision.canEdit()).isFalse();
        assertThat(decision.reason()).isEqualTo(AccessReason.NO_SEAT);
        assertThat(Fixtures.english(decision.message())).isEqualTo("You can view this wireframe. Your administrator "
                + "has not given you an editor seat. Request one.");
    }

    @Test
    void aWaitingEditorMayNotEditAndIsToldWhy() {
        host.licensedFor(2).add("alice", "bob");
        host.directory.add("dave");
        host.directory.join("plainframe-editors", "dave");
        assertDone(host.service.syncDirectory());
        AccessDecision decision = host.decide("dave");
        assertThat(decision.canEdit()).isFalse();
        assertThat(decision.reason()).isEqualTo(AccessReason.WAITING_FOR_SEAT);
        assertThat(Fixtures.english(decision.message())).contains("all 2 seats are taken");
    }

    @Test
    void viewingIsAllowedInEveryLicenseStateWheneverTheHostAllowsIt() {
        host.add("alice");
        assertViewOnly(AccessReason.NO_LICENSE);
        host.marketplace.install(FakeMarketplace.failing(MarketplaceLicenseError.EXPIRED));
        host.snapshots.refresh();
        assertViewOnly(AccessReason.LICENSE_INVALID);
        host.marketplace.remove();
        host.clock.set(LocalDate.of(2026, 5, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
        host.service.applyVendorKey(TestHost.ADMIN, Fixtures.license()
                .evaluation(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1)).key());
        host.clock.set(LocalDate.of(2026, 5, 2).atStartOfDay().toInstant(ZoneOffset.UTC));
        host.snapshots.refresh();
        assertViewOnly(AccessReason.LICENSE_INVALID);
        assertThat(host.decide("alice").message().arguments()).containsExactly("EVALUATION_EXPIRED");
    }

    @Test
    void theHostsPermissionsComeFirst() {
        host.licensedFor(10).add("alice");
        AccessSnapshot snapshot = host.snapshots.current();
        assertThat(snapshot.decide("key-alice", false, false).reason()).isEqualTo(AccessReason.NO_VIEW_PERMISSION);
        assertThat(snapshot.decide("key-alice", false, false).canView()).isFalse();
        assertThat(snapshot.decide("key-alice", true, false).reason()).isEqualTo(AccessReason.NO_EDIT_PERMISSION);
        assertThat(snapshot.decide(null, true, true).reason()).isEqualTo(AccessReason.ANONYMOUS);
        assertThat(snapshot.decide(null, true, true).canView()).isTrue();
    }

    @Test
    void inModeEveryoneAnyoneTheHostLetsEditMayEdit() {
        host.licensedFor(0);
        assertDone(host.service.updateSettings(TestHost.ADMIN, SeatMode.EVERYONE, "plainframe-editors"));
        assertThat(host.decide("viewer").canEdit()).isTrue();
        assertThat(host.decide("viewer").reason()).isEqualTo(AccessReason.EVERYONE);
        assertThat(host.snapshots.current().decide("key-viewer", true, false).canEdit()).isFalse();
    }

    @Test
    void modeEveryoneFallsBackToSelectedEditorsWhenTheLicenseNoLongerAllowsIt() {
        host.licensedFor(0).add("alice");
        assertDone(host.service.updateSettings(TestHost.ADMIN, SeatMode.EVERYONE, "plainframe-editors"));
        host.licensedFor(10);
        assertThat(host.snapshots.current().effectiveMode()).isEqualTo(SeatMode.SELECTED);
        assertThat(host.decide("viewer").canEdit()).isFalse();
        assertThat(host.decide("alice").canEdit()).isTrue();
    }

    @Test
    void decisionsAllocateNothing() {
        host.licensedFor(2).add("alice", "bob");
        AccessSnapshot snapshot = host.snapshots.current();
        String[] users = {"key-alice", "key-bob", "key-carol", "key-viewer", null};
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int i = 0; i < 100_000; i++) {
            snapshot.decide(users[i % users.length], true, (i & 1) == 0);
        }
        long before = threads.getThreadAllocatedBytes(thread);
        int editable = 0;
        for (int i = 0; i < 1_000_000; i++) {
            editable += snapshot.decide(users[i % users.length], true, (i & 1) == 0).canEdit() ? 1 : 0;
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertThat(editable).isPositive();
        assertThat(allocated).as("bytes allocated by a million decisions").isLessThan(1024);
    }

    private void assertViewOnly(AccessReason reason) {
        for (String user : new String[] {"alice", "viewer"}) {
            AccessDecision decision = host.decide(user);
            assertThat(decision.canView()).isTrue();
            assertThat(decision.canEdit()).isFalse();
            assertThat(decision.reason()).isEqualTo(reason);
        }
    }
}
