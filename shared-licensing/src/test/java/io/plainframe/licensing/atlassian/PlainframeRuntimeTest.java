package io.plainframe.licensing.atlassian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.Fixtures;
import io.plainframe.licensing.TestHost;
import io.plainframe.licensing.audit.Actor;
import io.plainframe.licensing.host.FakeUserDirectory;
import io.plainframe.licensing.host.InMemoryKeyValueStore;
import io.plainframe.licensing.host.MutableClock;
import io.plainframe.licensing.seat.EditorState;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class PlainframeRuntimeTest {

    private final InMemoryKeyValueStore settings = new InMemoryKeyValueStore();
    private final MutableClock clock = new MutableClock(Fixtures.TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC));
    private final PlainframeRuntime node1 = RuntimeForTests.runtime(new FakeUserDirectory(), settings, clock);
    private final PlainframeRuntime node2 = RuntimeForTests.runtime(new FakeUserDirectory(), settings, clock);

    @Test
    void aDirectoryEventSeatsANewMemberSoonOnTheJobsThreadNotTheCallers() throws Exception {
        FakeUserDirectory directory = new FakeUserDirectory();
        directory.add("bob");
        PlainframeRuntime node = RuntimeForTests.runtime(directory, settings, clock);
        node.start();
        try {
            directory.join("plainframe-editors", "bob");
            node.directoryChanged();
            node.directoryChanged();
            // The publisher's thread may be inside the host transaction making the change: nothing is read there.
            assertThat(node.snapshots().current().state().roster().find("key-bob")).as("at once").isEmpty();
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (node.snapshots().current().state().roster().find("key-bob").isEmpty()
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(node.snapshots().current().state().roster().find("key-bob")).as("within 5 s").isPresent();
        } finally {
            node.stop();
        }
    }

    @Test
    void eventsBeforeTheStartOrAfterTheStopAskForNothing() throws InterruptedException {
        node1.directoryChanged();
        node1.start();
        node1.stop();
        node1.directoryChanged();
        // A stopped job's thread may take a moment to end after its executor has terminated (this runtime's, or one
        // another test stopped just before); a job the event started again would keep its thread waiting for work.
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("plainframe-confluence-licensing")) {
                thread.join(5_000);
            }
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName()
                .equals("plainframe-confluence-licensing") && t.isAlive());
    }

    @Test
    void theEditorsGroupsMembersAreEditorsAsSoonAsThePluginHasStarted() {
        FakeUserDirectory directory = new FakeUserDirectory();
        directory.add("alice");
        PlainframeRuntime before = RuntimeForTests.runtime(directory, settings, clock);
        assertThat(before.service().applyVendorKey(Actor.user("key-admin", "admin"), TestHost.key(10)).isDone())
                .isTrue();
        // Alice joins the group while the plugin is not running: only the sync at start can seat her.
        directory.join("plainframe-editors", "alice");
        PlainframeRuntime node = RuntimeForTests.runtime(directory, settings, clock);
        node.start();
        try {
            assertThat(node.snapshots().current().allocation().stateOf("key-alice")).isEqualTo(EditorState.LICENSED);
        } finally {
            node.stop();
        }
    }

    /** Issue 15, item 7: while the host is read-only no sync writes; the first one after it does. */
    @Test
    void aReadOnlyHostGetsNoSyncUntilItTakesWritesAgain() {
        AtomicBoolean readOnly = new AtomicBoolean(true);
        checkNoSyncWhileReadOnly(readOnly, readOnly::get);
    }

    @Test
    void theReadOnlyCheckFailsOnARuntimeThatDoesNotAskTheHost() {
        // The runtime before item 7, planted: it never asked whether the host is read-only, so the sync wrote at
        // once while the host was.
        assertThatThrownBy(() -> checkNoSyncWhileReadOnly(new AtomicBoolean(true), () -> false))
                .isInstanceOf(AssertionError.class);
        assertThat(settings.puts()).as("what the old runtime wrote while read-only").isPositive();
    }

    /** The read-only scenario and its check; {@code seenByTheRuntime} is what the runtime is told of it. */
    private void checkNoSyncWhileReadOnly(AtomicBoolean readOnly, BooleanSupplier seenByTheRuntime) {
        FakeUserDirectory directory = new FakeUserDirectory();
        directory.add("alice");
        directory.join("plainframe-editors", "alice");
        PlainframeRuntime node = RuntimeForTests.runtime(directory, settings, clock);
        node.start(seenByTheRuntime);
        try {
            assertThat(node.syncNow()).isFalse();
            assertThat(settings.puts()).as("nothing written while read-only").isZero();
            assertThat(node.snapshots().current().state().roster().find("key-alice")).isEmpty();

            readOnly.set(false);
            assertThat(node.syncNow()).isTrue();
            assertThat(node.snapshots().current().state().roster().find("key-alice")).isPresent();
        } finally {
            node.stop();
        }
    }

    @Test
    void theBackgroundJobStartsOnceAndStopsWaitingForItsThread() throws Exception {
        node1.start();
        node1.start();
        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName()
                .equals("plainframe-confluence-licensing")).hasSize(1);
        node1.stop();
        Thread.sleep(50);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName()
                .equals("plainframe-confluence-licensing") && t.isAlive());
    }
}
