package io.plainframe.licensing.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.audit.Actor;
import io.plainframe.licensing.audit.AuditAction;
import io.plainframe.licensing.audit.AuditEvent;
import io.plainframe.licensing.host.InMemoryKeyValueStore;
import io.plainframe.licensing.i18n.Message;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StoredAuditLogTest {

    private final InMemoryKeyValueStore settings = new InMemoryKeyValueStore();
    private final ChunkedSettingsStore store = new ChunkedSettingsStore(settings, settings, "io.plainframe.");
    private final StoredAuditLog log = new StoredAuditLog(store);

    @Test
    void eventsReadBackNewestFirstWithWhoWhatAndWhen() {
        log.record(event(1, "alice"));
        log.record(new AuditEvent(Instant.parse("2026-03-10T12:00:02Z"), Actor.SYSTEM, AuditAction.EDITOR_FREED,
                "bob", Message.of("plainframe.audit.editor-freed", "system", "bob")));
        List<AuditEvent> events = log.recent(10).events();
        assertThat(events).extracting(AuditEvent::subject).containsExactly("bob", "alice");
        assertThat(events.get(0).actor()).isEqualTo(Actor.SYSTEM);
        assertThat(events.get(1)).isEqualTo(event(1, "alice"));
    }

    @Test
    void atLeastTheLastThousandEventsAreKept() {
        for (int i = 0; i < StoredAuditLog.CAPACITY + 100; i++) {
            log.record(event(i, "user" + i));
        }
        List<AuditEvent> events = log.recent(5_000).events();
        assertThat(events).hasSize(StoredAuditLog.CAPACITY);
        assertThat(events.get(0).subject()).isEqualTo("user" + (StoredAuditLog.CAPACITY + 99));
        assertThat(log.recent(3).events()).hasSize(3);
    }

    @Test
    void concurrentEventsFromSeveralNodesAreAllKept() throws Exception {
        StoredAuditLog otherNode = new StoredAuditLog(new ChunkedSettingsStore(settings, settings, "io.plainframe."));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 200; i++) {
            int n = i;
            pool.submit(() -> (n % 2 == 0 ? log : otherNode).record(event(n, "user" + n)));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        Set<String> subjects = new HashSet<>();
        log.recent(1_000).events().forEach(event -> subjects.add(event.subject()));
        assertThat(subjects).hasSize(200);
    }

    @Test
    void aChangeStampedEarlierButRecordedLaterIsStillListedInTimeOrder() {
        log.record(event(2, "later"));
        log.record(event(1, "earlier"));
        assertThat(log.recent(10).events()).extracting(AuditEvent::subject).containsExactly("later", "earlier");
    }

    @Test
    void twentyAdminsChangingThingsAtTheSameMomentAreListedNewestFirst() throws Exception {
        AtomicInteger clock = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        for (int round = 0; round < 10; round++) {
            for (int i = 0; i < 20; i++) {
                pool.submit(() -> {
                    start.await();
                    int second = clock.incrementAndGet();
                    Thread.yield();
                    log.record(event(second, "change" + second));
                    return null;
                });
            }
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        List<AuditEvent> events = log.recent(200).events();
        assertThat(events).hasSize(200);
        assertThat(events).extracting(AuditEvent::at).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(log.recent(5).events()).extracting(AuditEvent::subject)
                .containsExactly("change200", "change199", "change198", "change197", "change196");
    }

    @Test
    void aSlotClaimedButNotYetWrittenIsNeitherShownNorCountedAsDamaged() {
        for (int i = 0; i < StoredAuditLog.CAPACITY; i++) {
            log.record(event(i, "user" + i));
        }
        // Another node has claimed the next slot and not written it yet: the ring still holds the event before.
        store.compareAndSet(StoredAuditLog.COUNTER, store.revision(StoredAuditLog.COUNTER),
                Long.toString(StoredAuditLog.CAPACITY + 1));
        StoredAuditLog.Recent recent = log.recent(3);
        assertThat(recent.events()).extracting(AuditEvent::subject).containsExactly("user1023", "user1022", "user1021");
        assertThat(recent.damaged()).isZero();
    }

    @Test
    void aChangesEventsAreWrittenWithOneClaimOfSlots() {
        log.recordAll(List.of(event(1, "a"), event(2, "b"), event(3, "c")));
        assertThat(store.read(StoredAuditLog.COUNTER).orElseThrow().value()).isEqualTo("3");
        assertThat(store.revision(StoredAuditLog.COUNTER)).as("one compare-and-set of the counter").isEqualTo(1);
        assertThat(log.recent(10).events()).extracting(AuditEvent::subject).containsExactly("c", "b", "a");
    }

    @Test
    void aDamagedEventIsSkippedNotFatalAndCounted() {
        log.record(event(1, "alice"));
        log.record(event(2, "bob"));
        settings.put("io.plainframe.audit.0#1.0", "tampered");
        assertThat(log.recent(10).events()).extracting(AuditEvent::subject).containsExactly("bob");
        assertThat(log.recent(10).damaged()).isEqualTo(1);
    }

    @Test
    void aDamagedCounterShowsNoEventsAndSaysSoNotThrown() {
        log.record(event(1, "alice"));
        settings.snapshot().keySet().stream().filter(key -> key.contains(StoredAuditLog.COUNTER)).toList()
                .forEach(key -> settings.put(key, "tampered"));
        assertThat(log.recent(10).events()).isEmpty();
        assertThat(log.recent(10).counterDamaged()).isTrue();
        assertThat(log.recent(10).damaged()).as("no stored event was found damaged").isZero();
    }

    @Test
    void anIntactAuditHasNoDamagedCounter() {
        log.record(event(1, "alice"));
        assertThat(log.recent(10).counterDamaged()).isFalse();
    }

    private static AuditEvent event(int second, String subject) {
        return new AuditEvent(Instant.parse("2026-03-10T12:00:00Z").plusSeconds(second),
                Actor.user("key-admin", "admin"), AuditAction.EDITOR_ADDED, subject,
                Message.of("plainframe.audit.editor-added", "admin", subject));
    }
}
