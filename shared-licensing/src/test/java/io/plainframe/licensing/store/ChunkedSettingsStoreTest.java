package io.plainframe.licensing.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.DelegatingSettingsStore;
import io.plainframe.licensing.host.InMemoryKeyValueStore;
import io.plainframe.licensing.host.SettingsStore;
import io.plainframe.licensing.seat.Editor;
import io.plainframe.licensing.seat.EditorStatus;
import io.plainframe.licensing.seat.Roster;
import io.plainframe.licensing.state.PlainframeState;
import io.plainframe.licensing.state.StateStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** SPEC 7: atomic, checked, chunked values with compare-and-set. */
class ChunkedSettingsStoreTest {

    private final InMemoryKeyValueStore settings = new InMemoryKeyValueStore();
    private final ChunkedSettingsStore store = new ChunkedSettingsStore(settings, settings, "io.plainframe.");

    @Test
    void aValueIsWrittenByCompareAndSetAndReadBackWithItsRevision() {
        assertThat(store.revision("state")).isZero();
        assertThat(store.read("state")).isEmpty();
        assertThat(store.compareAndSet("state", 0, "one")).hasValue(1);
        assertThat(store.read("state")).contains(new SettingsStore.Versioned("one", 1));
        assertThat(store.compareAndSet("state", 1, "two")).hasValue(2);
        assertThat(store.revision("state")).isEqualTo(2);
    }

    @Test
    void aWriteOverAnOlderRevisionChangesNothing() {
        store.compareAndSet("state", 0, "one");
        store.compareAndSet("state", 1, "two");
        assertThat(store.compareAndSet("state", 1, "lost update")).isEmpty();
        assertThat(store.read("state").orElseThrow().value()).isEqualTo("two");
        assertThat(store.compareAndSet("fresh", 3, "x")).as("not written yet").isEmpty();
    }

    @Test
    void largeValuesAreSplitIntoBoundedChunksAndOnlyTheCurrentAndPreviousRevisionsAreKept() {
        String large = "x".repeat(ChunkedSettingsStore.CHUNK_LENGTH * 3 + 17);
        long revision = 0;
        for (int i = 0; i < 5; i++) {
            revision = store.compareAndSet("state", revision, large + i).getAsLong();
        }
        assertThat(store.read("state").orElseThrow().value()).isEqualTo(large + 4);
        assertThat(store.readPrevious("state").orElseThrow()).isEqualTo(new SettingsStore.Versioned(large + 3, 4));
        Map<String, String> stored = settings.snapshot();
        assertThat(stored.keySet()).containsExactly("io.plainframe.state", "io.plainframe.state#4.0",
                "io.plainframe.state#4.1", "io.plainframe.state#4.2", "io.plainframe.state#4.3",
                "io.plainframe.state#5.0", "io.plainframe.state#5.1", "io.plainframe.state#5.2",
                "io.plainframe.state#5.3", "io.plainframe.state#previous");
        assertThat(stored.values()).allSatisfy(value -> assertThat(value.length())
                .isLessThanOrEqualTo(StoredText.MARKER.length() + ChunkedSettingsStore.CHUNK_LENGTH));
    }

    @Test
    void everyKeyIsUnderThePluginsNamespace() {
        store.compareAndSet("state", 0, "v");
        assertThat(settings.snapshot().keySet()).allSatisfy(key -> assertThat(key).startsWith("io.plainframe."));
    }

    @Test
    void aTamperedChunkIsReportedAsCorruptAndNeverOverwritten() {
        checkATamperedChunkIsNeverOverwritten(settings, store);
    }

    @Test
    void theTamperedChunkCheckFailsOnAStoreThatWritesWithoutReadingTheValueItReplaces() {
        // The store before issue 15, planted: a write checked the revision alone and replaced the damaged value.
        SettingsStore old = new DelegatingSettingsStore(store) {
            @Override
            public OptionalLong compareAndSet(String key, long expectedRevision, String value) {
                try {
                    return super.compareAndSet(key, expectedRevision, value);
                } catch (CorruptValueException damaged) {
                    return replaceDamaged(key, value);
                }
            }
        };
        assertThatThrownBy(() -> checkATamperedChunkIsNeverOverwritten(settings, old))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Expecting code to raise a throwable");
        assertThat(old.read("state")).contains(new SettingsStore.Versioned("repaired?", 2));
    }

    private static void checkATamperedChunkIsNeverOverwritten(InMemoryKeyValueStore settings, SettingsStore store) {
        store.compareAndSet("state", 0, "{\"editors\":[]}");
        settings.put("io.plainframe.state#1.0", StoredText.MARKER + "{\"editors\":[\"me\"]}");
        assertThatThrownBy(() -> store.read("state")).isInstanceOf(CorruptValueException.class)
                .hasMessageContaining("checksum");
        // Issue 15: the revision still matches, but a write that did not read the value first must not replace it.
        assertThatThrownBy(() -> store.compareAndSet("state", 1, "repaired?"))
                .isInstanceOf(CorruptValueException.class).hasMessageContaining("checksum");
        assertThat(settings.get("io.plainframe.state#1.0")).isEqualTo(StoredText.MARKER + "{\"editors\":[\"me\"]}");
        assertThat(store.revision("state")).isEqualTo(1);
    }

    @Test
    void aHeadWhoseLengthWasDamagedIsCorruptAndAllocatesNothingLikeIt() {
        store.compareAndSet("state", 0, "v");
        String head = settings.get("io.plainframe.state");
        for (String length : List.of("2147483647", "2000000000", "30001", "-1")) {
            settings.put("io.plainframe.state", head.replaceFirst("\"length\":\\d+", "\"length\":" + length));
            assertThatThrownBy(() -> store.read("state")).as(length).isInstanceOf(CorruptValueException.class);
            assertThatThrownBy(() -> store.compareAndSet("state", 1, "w")).as(length)
                    .isInstanceOf(CorruptValueException.class);
        }
    }

    @Test
    void aHeadClaimingManyPartsWithAHugeLengthIsReadChunkByChunkAndReportedMissing() {
        store.compareAndSet("state", 0, "v");
        settings.put("io.plainframe.state", settings.get("io.plainframe.state")
                .replaceFirst("\"chunks\":1", "\"chunks\":70000").replaceFirst("\"length\":\\d+",
                        "\"length\":2099999999"));
        assertThatThrownBy(() -> store.read("state")).isInstanceOf(CorruptValueException.class)
                .hasMessageContaining("part 2 of 70000 is missing");
    }

    @Test
    void aMissingChunkIsCorrupt() {
        store.compareAndSet("state", 0, "y".repeat(ChunkedSettingsStore.CHUNK_LENGTH + 1));
        assertThat(settings.snapshot()).containsKey("io.plainframe.state#1.1");
        settings.remove("io.plainframe.state#1.1");
        assertThatThrownBy(() -> store.read("state")).isInstanceOf(CorruptValueException.class)
                .hasMessageContaining("part 2 of 2 is missing");
    }

    @Test
    void anUnreadableHeadIsCorruptHasNoRevisionAndBlocksWrites() {
        store.compareAndSet("state", 0, "v");
        settings.put("io.plainframe.state", "{\"schema\":1,\"revision\":\"one\"}");
        assertThatThrownBy(() -> store.read("state")).isInstanceOf(CorruptValueException.class);
        assertThat(store.revision("state")).isEqualTo(-1);
        assertThatThrownBy(() -> store.compareAndSet("state", 1, "w")).isInstanceOf(CorruptValueException.class);
        assertThat(settings.get("io.plainframe.state")).contains("\"one\"");
    }

    @Test
    void concurrentWritersNeverLoseAnUpdate() throws Exception {
        store.compareAndSet("counter", 0, "0");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    while (true) {
                        SettingsStore.Versioned current = store.read("counter").orElseThrow();
                        String next = Long.toString(Long.parseLong(current.value()) + 1);
                        if (store.compareAndSet("counter", current.revision(), next).isPresent()) {
                            break;
                        }
                    }
                }
            }));
        }
        for (Future<?> future : done) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(store.read("counter").orElseThrow().value()).isEqualTo("1200");
    }

    @Test
    void aReaderNeverSeesHalfOfAValueWhileItIsReplaced() throws Exception {
        String a = "a".repeat(ChunkedSettingsStore.CHUNK_LENGTH * 2 + 5);
        String b = "b".repeat(ChunkedSettingsStore.CHUNK_LENGTH * 3 + 9);
        store.compareAndSet("state", 0, a);
        AtomicBoolean writing = new AtomicBoolean(true);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                seen.add(store.read("state").orElseThrow().value().substring(0, 1));
            }
        });
        reader.start();
        long revision = 1;
        for (int i = 0; i < 300; i++) {
            OptionalLong next = store.compareAndSet("state", revision, i % 2 == 0 ? b : a);
            revision = next.getAsLong();
        }
        writing.set(false);
        reader.join(10_000);
        assertThat(seen).isSubsetOf("a", "b");
    }

    @Test
    void aRosterOfTenThousandEditorsIsStoredAndReadBack() {
        List<Editor> editors = new ArrayList<>();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 10_000; i++) {
            editors.add(new Editor("user-key-" + i, "user" + i, "User Number " + i, "user" + i + "@example.com",
                    true, false, start.plusSeconds(i), EditorStatus.ACTIVE));
        }
        StateStore states = new StateStore(store);
        PlainframeState state = PlainframeState.INITIAL.withRoster(Roster.of(editors));
        states.update(loaded -> StateStore.Change.write(state, "done"));
        assertThat(states.load().state().roster().size()).isEqualTo(10_000);
        assertThat(settings.snapshot()).hasSizeGreaterThan(10);
    }
}
