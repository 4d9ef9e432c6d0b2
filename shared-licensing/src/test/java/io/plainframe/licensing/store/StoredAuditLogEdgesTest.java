package io.plainframe.licensing.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.LogCapture;
import io.plainframe.licensing.audit.Actor;
import io.plainframe.licensing.audit.AuditAction;
import io.plainframe.licensing.audit.AuditEvent;
import io.plainframe.licensing.host.DelegatingSettingsStore;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.host.InMemoryKeyValueStore;
import io.plainframe.licensing.host.SettingsStore;
import io.plainframe.licensing.i18n.Message;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The audit ring's edges that PIT found untested: unreadable slots, the ring's bounds, giving up, the log. */
class StoredAuditLogEdgesTest {

    private final InMemoryKeyValueStore settings = new InMemoryKeyValueStore();
    private final ChunkedSettingsStore store = new ChunkedSettingsStore(settings, settings, "io.plainframe.");
    private final StoredAuditLog log = new StoredAuditLog(store);
    private final LogCapture logged = LogCapture.of(StoredAuditLog.class);

    @AfterEach
    void stopListening() {
        logged.close();
    }

    @Test
    void aSlotHoldingTextThatIsNotAnEventIsCountedAsDamagedAndLogged() {
        log.record(event(1, "alice"));
        log.record(event(2, "bob"));
        store.compareAndSet("audit.1", store.revision("audit.1"), "not json at all");
        AuditLogRecent recent = AuditLogRecent.of(log.recent(10));
        assertThat(recent.subjects()).containsExactly("alice");
        assertThat(recent.damaged()).isEqualTo(1);
    }

    @Test
    void anEventMissingItsTimeIsCountedAsDamagedAndTheLogNamesItsSlot() {
        log.record(event(1, "alice"));
        log.record(event(2, "bob"));
        store.compareAndSet("audit.0", store.revision("audit.0"), "{\"slot\":0,\"action\":\"EDITOR_ADDED\"}");
        AuditLogRecent recent = AuditLogRecent.of(log.recent(10));
        assertThat(recent.subjects()).containsExactly("bob");
        assertThat(recent.damaged()).isEqualTo(1);
        assertThat(logged.lines()).containsExactly("WARNING Skipping an unreadable audit event in slot 0");
    }

    @Test
    void aDamagedStoredEventAndADamagedCounterAreLogged() {
        log.record(event(1, "alice"));
        settings.put("io.plainframe.audit.0#1.0", StoredText.MARKER + "tampered");
        log.recent(10);
        assertThat(logged.lines()).singleElement().asString().startsWith("WARNING Skipping a damaged audit event: ");
        logged.clear();
        settings.put("io.plainframe.audit.next#1.0", StoredText.MARKER + "tampered");
        assertThat(log.recent(10).counterDamaged()).isTrue();
        assertThat(logged.lines()).singleElement().asString().startsWith("SEVERE The audit cannot be read: ");
    }

    @Test
    void damageInTheSlotsAheadOfTheCounterIsOutsideWhatIsAskedForAndNotCounted() {
        for (int i = 0; i < 5; i++) {
            log.record(event(i, "user" + i));
        }
        store.compareAndSet("audit.5", 0, "left from a restore");
        store.compareAndSet("audit.6", 0, "left from a restore");
        AuditLogRecent recent = AuditLogRecent.of(log.recent(10));
        assertThat(recent.subjects()).containsExactly("user4", "user3", "user2", "user1", "user0");
        assertThat(recent.damaged()).isZero();
    }

    @Test
    void theRingNeverHoldsMoreThanItsCapacityOfSlots() {
        for (int i = 0; i < StoredAuditLog.CAPACITY + 10; i++) {
            log.record(event(i, "user" + i));
        }
        assertThat(settings.snapshot().keySet().stream()
                .filter(key -> key.matches("io\\.plainframe\\.audit\\.\\d+")).toList())
                .hasSize(StoredAuditLog.CAPACITY).contains("io.plainframe.audit.0", "io.plainframe.audit.1023");
    }

    @Test
    void aCounterThatKeepsChangingIsTriedFiftyTimesThenReportedUnavailable() {
        AtomicInteger writes = new AtomicInteger();
        StoredAuditLog busy = new StoredAuditLog(new Refusing(store, "audit.next", writes));
        assertThatThrownBy(() -> busy.record(event(1, "alice"))).isInstanceOf(HostUnavailableException.class)
                .hasMessageContaining("the audit counter kept changing");
        assertThat(writes).hasValue(50);
    }

    @Test
    void aSlotThatKeepsChangingIsTriedFiftyTimesThenReportedUnavailable() {
        AtomicInteger writes = new AtomicInteger();
        StoredAuditLog busy = new StoredAuditLog(new Refusing(store, "audit.0", writes));
        assertThatThrownBy(() -> busy.record(event(1, "alice"))).isInstanceOf(HostUnavailableException.class)
                .hasMessageContaining("audit slot audit.0 kept changing");
        assertThat(writes).hasValue(50);
    }

    /** A store where another node always wins the compare-and-set of one key. */
    private static final class Refusing extends DelegatingSettingsStore {
        private final String key;
        private final AtomicInteger writes;

        Refusing(SettingsStore store, String key, AtomicInteger writes) {
            super(store);
            this.key = key;
            this.writes = writes;
        }

        @Override
        public OptionalLong compareAndSet(String written, long expectedRevision, String value) {
            if (written.equals(key)) {
                writes.incrementAndGet();
                return OptionalLong.empty();
            }
            return super.compareAndSet(written, expectedRevision, value);
        }
    }

    private record AuditLogRecent(List<String> subjects, int damaged) {
        static AuditLogRecent of(io.plainframe.licensing.host.AuditLog.Recent recent) {
            return new AuditLogRecent(recent.events().stream().map(AuditEvent::subject).toList(), recent.damaged());
        }
    }

    private static AuditEvent event(int second, String subject) {
        return new AuditEvent(Instant.parse("2026-03-10T12:00:00Z").plusSeconds(second),
                Actor.user("key-admin", "admin"), AuditAction.EDITOR_ADDED, subject,
                Message.of("plainframe.audit.editor-added", "admin", subject));
    }
}
