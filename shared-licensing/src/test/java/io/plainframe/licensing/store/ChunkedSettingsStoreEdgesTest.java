package io.plainframe.licensing.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.DelegatingSettingsStore;
import io.plainframe.licensing.host.InMemoryKeyValueStore;
import io.plainframe.licensing.host.KeyValueStore;
import io.plainframe.licensing.host.SettingsStore;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The store's edges that PIT found untested: unstable heads, lost heads, and what a damage message names. */
class ChunkedSettingsStoreEdgesTest {

    private final InMemoryKeyValueStore settings = new InMemoryKeyValueStore();
    private final ChunkedSettingsStore store = new ChunkedSettingsStore(settings, settings, "io.plainframe.");

    @Test
    void aPartNotWrittenByPlainframeIsNamedByItsPlace() {
        store.compareAndSet("state", 0, "y".repeat(ChunkedSettingsStore.CHUNK_LENGTH + 1));
        settings.put("io.plainframe.state#1.0", "y".repeat(ChunkedSettingsStore.CHUNK_LENGTH));
        assertThatThrownBy(() -> store.read("state")).isInstanceOf(CorruptValueException.class)
                .hasMessageContaining("part 1 of 2 was not written by Plainframe");
    }

    @Test
    void aHeadThatKeepsChangingIsReadFiveTimesThenReportedAsDamage() {
        store.compareAndSet("state", 0, "good");
        String good = settings.get("io.plainframe.state");
        // A writer replaces the head between every two reads for five attempts, then leaves a good head behind.
        AtomicInteger reads = new AtomicInteger();
        KeyValueStore unstable = new KeyValueStore() {
            @Override
            public String get(String key) {
                if (!key.equals("io.plainframe.state")) {
                    return settings.get(key);
                }
                int read = reads.getAndIncrement();
                return read < 10 ? "{\"revision\":" + read + "}" : good;
            }

            @Override
            public void put(String key, String value) {
                settings.put(key, value);
            }

            @Override
            public void remove(String key) {
                settings.remove(key);
            }
        };
        ChunkedSettingsStore reader = new ChunkedSettingsStore(unstable, settings, "io.plainframe.");
        assertThatThrownBy(() -> reader.read("state")).isInstanceOf(CorruptValueException.class);
        assertThat(reader.read("state")).contains(new SettingsStore.Versioned("good", 1));
    }

    @Test
    void aValueWhoseHeadTheHostLostIsWrittenAfreshAndReadsBack() {
        checkALostHeadIsWrittenAfresh(settings, store);
    }

    @Test
    void theLostHeadCheckFailsOnAStoreThatNumbersTheWriteOneAgain() {
        // The store before the fix, planted: a write over a lost head numbered 1 again, onto the chunks the
        // previous head names, which it then removed as the previous revision's.
        SettingsStore old = new DelegatingSettingsStore(store) {
            @Override
            public OptionalLong compareAndSet(String key, long expectedRevision, String value) {
                String head = "io.plainframe." + key;
                String previous = settings.get(head + "#previous");
                if (expectedRevision != 0 || settings.get(head) != null || previous == null) {
                    return super.compareAndSet(key, expectedRevision, value);
                }
                // Hidden from the store while it writes, so it numbers the value 1 as a new one, as the old one did.
                Map<String, String> left = new TreeMap<>(settings.snapshot());
                left.keySet().removeIf(k -> !k.startsWith(head + "#"));
                left.keySet().forEach(settings::remove);
                OptionalLong written = super.compareAndSet(key, 0, value);
                left.forEach((k, v) -> {
                    if (settings.get(k) == null) {
                        settings.put(k, v);
                    }
                });
                StoredHead before = StoredHead.parse(key, previous);
                for (int i = 0; i < before.chunks(); i++) {
                    settings.remove(head + "#" + before.revision() + "." + i);
                }
                return written;
            }
        };
        assertThatThrownBy(() -> checkALostHeadIsWrittenAfresh(settings, old)).isInstanceOf(AssertionError.class);
        // What the old store's value read then.
        assertThatThrownBy(() -> old.read("state")).isInstanceOf(CorruptValueException.class)
                .hasMessageContaining("part 1 of 1 is missing");
    }

    /** The lost-head scenario and its check, apart so that a control can run it against the store as it was. */
    private static void checkALostHeadIsWrittenAfresh(InMemoryKeyValueStore settings, SettingsStore store) {
        store.compareAndSet("state", 0, "one");
        store.compareAndSet("state", 1, "two");
        settings.remove("io.plainframe.state");
        assertThat(store.read("state")).isEmpty();
        // Numbered past the previous head the host kept, which stays as the last good value, and past the lost
        // head's revision, whose chunks stay as they were.
        String lostChunk = settings.get("io.plainframe.state#2.0");
        assertThat(store.compareAndSet("state", 0, "fresh")).hasValue(3);
        assertThat(store.read("state")).contains(new SettingsStore.Versioned("fresh", 3));
        assertThat(store.readPrevious("state")).contains(new SettingsStore.Versioned("one", 1));
        assertThat(settings.get("io.plainframe.state#2.0")).isEqualTo(lostChunk);
        assertThat(store.compareAndSet("state", 3, "next")).hasValue(4);
        assertThat(store.read("state")).contains(new SettingsStore.Versioned("next", 4));
        assertThat(store.readPrevious("state")).contains(new SettingsStore.Versioned("fresh", 3));
        assertThat(settings.snapshot().keySet()).as("revision 1's chunks removed once nothing names them")
                .containsExactly("io.plainframe.state", "io.plainframe.state#2.0", "io.plainframe.state#3.0",
                        "io.plainframe.state#4.0", "io.plainframe.state#previous");
    }

    @Test
    void aValueWhoseHeadTheHostLostWithADamagedPreviousHeadIsWrittenPastEveryChunkLeft() {
        store.compareAndSet("state", 0, "one");
        store.compareAndSet("state", 1, "two");
        settings.remove("io.plainframe.state");
        settings.put("io.plainframe.state#previous", "damaged");
        assertThat(store.compareAndSet("state", 0, "fresh")).hasValue(3);
        assertThat(store.read("state")).contains(new SettingsStore.Versioned("fresh", 3));
        assertThat(settings.snapshot()).containsKeys("io.plainframe.state#1.0", "io.plainframe.state#2.0");
    }
}
