package io.plainframe.licensing.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.InMemoryKeyValueStore;
import io.plainframe.licensing.host.SettingsStore;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: users' text of any kind comes back exactly, whatever chunk boundary it meets, through settings
 * that keep text as a UTF-8 database does ({@link InMemoryKeyValueStore}); the sandbox repeats this through H2.
 */
class ChunkedSettingsStoreTextTest {

    private static final String EMOJI = "\uD83D\uDE00";

    private final InMemoryKeyValueStore settings = new InMemoryKeyValueStore();
    private final ChunkedSettingsStore store = new ChunkedSettingsStore(settings, settings, "io.plainframe.");

    @Test
    void theSettingsUnderTestLoseALoneSurrogateAsAUtf8DatabaseDoes() {
        // The negative control for everything below: raw chunks cut inside a pair would come back damaged here.
        settings.put("k", EMOJI.substring(0, 1));
        assertThat(settings.get("k")).isEqualTo("?");
    }

    @Test
    void aSurrogatePairAtEveryOffsetAroundAChunkBoundaryComesBackExactly() {
        checkAPairAtEveryOffsetComesBackExactly(store);
    }

    @Test
    void randomUnicodeOfEveryKindComesBackExactly() {
        checkRandomUnicodeComesBackExactly(store);
    }

    @Test
    void everyStoredValueIsPrintableAsciiBehindTheMarker() {
        checkEveryStoredValueIsPrintableAscii(settings, store);
    }

    @Test
    void theTextChecksFailOnTheStoreWithoutTheEscaping() {
        // The store before issue 13, planted: raw text cut into chunks, kept by settings that keep text as a UTF-8
        // database does. A pair cut at the boundary comes back as two '?' and fails its checksum.
        assertThatThrownBy(() -> checkAPairAtEveryOffsetComesBackExactly(unescaped()))
                .isInstanceOf(CorruptValueException.class).hasMessageContaining("checksum");
        // A lone half comes back as '?' within a chunk, which its checksum (over UTF-8) cannot tell: read silently.
        assertThatThrownBy(() -> checkRandomUnicodeComesBackExactly(unescaped()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("round 0");
        InMemoryKeyValueStore raw = new InMemoryKeyValueStore();
        assertThatThrownBy(() -> checkEveryStoredValueIsPrintableAscii(raw,
                new UnescapedChunksStore(raw, raw, "io.plainframe."))).isInstanceOf(AssertionError.class);
    }

    private static SettingsStore unescaped() {
        InMemoryKeyValueStore raw = new InMemoryKeyValueStore();
        return new UnescapedChunksStore(raw, raw, "io.plainframe.");
    }

    private static void checkAPairAtEveryOffsetComesBackExactly(SettingsStore store) {
        long revision = 0;
        // Escaped, one emoji is 12 stored characters: offsets from 13 before to 13 after the cut cover every split.
        for (int before = ChunkedSettingsStore.CHUNK_LENGTH - 13; before <= ChunkedSettingsStore.CHUNK_LENGTH + 13;
             before++) {
            String value = "a".repeat(before) + EMOJI + "b";
            revision = store.compareAndSet("state", revision, value).getAsLong();
            assertThat(store.read("state").orElseThrow().value()).as("%d characters before", before).isEqualTo(value);
        }
    }

    private static void checkRandomUnicodeComesBackExactly(SettingsStore store) {
        Random random = new Random(20261205L);
        long revision = 0;
        for (int round = 0; round < 60; round++) {
            String value = randomText(random, random.nextInt(3) * ChunkedSettingsStore.CHUNK_LENGTH / 6
                    + random.nextInt(40));
            revision = store.compareAndSet("state", revision, value).getAsLong();
            assertThat(store.read("state").orElseThrow().value()).as("round %d", round).isEqualTo(value);
        }
    }

    private static void checkEveryStoredValueIsPrintableAscii(InMemoryKeyValueStore settings, SettingsStore store) {
        store.compareAndSet("state", 0, "#java.util.List\n" + EMOJI.repeat(ChunkedSettingsStore.CHUNK_LENGTH / 12)
                + "\u202E\\u0041\u0000");
        store.compareAndSet("state", 1, "#java.util.Map\nsecond");
        assertThat(settings.snapshot().values()).allSatisfy(value -> {
            assertThat(value).startsWith(StoredText.MARKER);
            assertThat(value.chars()).allMatch(c -> c >= ' ' && c <= '~');
        });
    }

    @Test
    void aValueWrittenBeforeTheMarkerIsStillReadAndReplacedByAMarkedOne() {
        String legacy = "{\"editors\":[\"Zo\u00eb\"]}";
        settings.put("io.plainframe.state#3.0", legacy);
        settings.put("io.plainframe.state", "{\"schema\":1,\"revision\":3,\"chunks\":1,\"length\":" + legacy.length()
                + ",\"sha256\":\"" + StoredHead.sha256(legacy) + "\"}");
        assertThat(store.read("state")).contains(new SettingsStore.Versioned(legacy, 3));

        assertThat(store.compareAndSet("state", 3, "new")).hasValue(4);
        assertThat(store.read("state")).contains(new SettingsStore.Versioned("new", 4));
        assertThat(store.readPrevious("state")).contains(new SettingsStore.Versioned(legacy, 3));
        assertThat(settings.get("io.plainframe.state")).startsWith(StoredText.MARKER);
    }

    @Test
    void aLegacyValueWhoseCutSplitAPairIsReportedNotMisread() {
        // What schema 1 wrote for a note with an emoji across the cut, after a UTF-8 database kept it.
        String value = "a".repeat(ChunkedSettingsStore.CHUNK_LENGTH - 1) + EMOJI;
        settings.put("io.plainframe.state#1.0", value.substring(0, ChunkedSettingsStore.CHUNK_LENGTH));
        settings.put("io.plainframe.state#1.1", value.substring(ChunkedSettingsStore.CHUNK_LENGTH));
        settings.put("io.plainframe.state", "{\"schema\":1,\"revision\":1,\"chunks\":2,\"length\":" + value.length()
                + ",\"sha256\":\"" + StoredHead.sha256(value) + "\"}");
        assertThatThrownBy(() -> store.read("state")).isInstanceOf(CorruptValueException.class)
                .hasMessageContaining("checksum");
    }

    @Test
    void aChunkWithoutTheMarkerIsReportedAsNotPlainframes() {
        store.compareAndSet("state", 0, "v");
        settings.put("io.plainframe.state#1.0", "v");
        assertThatThrownBy(() -> store.read("state")).isInstanceOf(CorruptValueException.class)
                .hasMessageContaining("not written by Plainframe");
    }

    @Test
    void aDamagedValueIsReplacedOnlyOnRequestAndOnlyWhenDamaged() {
        store.compareAndSet("state", 0, "good");
        store.compareAndSet("state", 1, "newer");
        assertThat(store.replaceDamaged("state", "x")).as("readable: nothing to replace").isEmpty();
        settings.put("io.plainframe.state#2.0", StoredText.MARKER + "tampered");
        assertThatThrownBy(() -> store.read("state")).isInstanceOf(CorruptValueException.class);
        assertThat(store.readPrevious("state")).contains(new SettingsStore.Versioned("good", 1));

        assertThat(store.replaceDamaged("state", "good")).hasValue(3);
        assertThat(store.read("state")).contains(new SettingsStore.Versioned("good", 3));
        assertThat(store.compareAndSet("state", 3, "after")).hasValue(4);
        assertThat(store.read("state").orElseThrow().value()).isEqualTo("after");
    }

    @Test
    void aDamagedHeadIsReplacedPastEveryRevisionEitherHeadNames() {
        store.compareAndSet("state", 0, "one");
        store.compareAndSet("state", 1, "two");
        settings.put("io.plainframe.state", "pf:{not json");
        assertThat(store.revision("state")).isEqualTo(-1);
        assertThat(store.replaceDamaged("state", "three")).hasValue(2);
        assertThat(store.read("state")).contains(new SettingsStore.Versioned("three", 2));
    }

    @Test
    void escapedTextThatPlainframeNeverWritesIsReported() {
        assertThatThrownBy(() -> StoredText.decode("a\\u12", "k")).isInstanceOf(CorruptValueException.class);
        assertThatThrownBy(() -> StoredText.decode("a\\x0041", "k")).isInstanceOf(CorruptValueException.class);
        assertThatThrownBy(() -> StoredText.decode("a\\u00E9", "k")).isInstanceOf(CorruptValueException.class);
        assertThatThrownBy(() -> StoredText.decode("caf\u00e9", "k")).isInstanceOf(CorruptValueException.class);
        assertThatThrownBy(() -> StoredText.decode("\\u0041caf\u00e9", "k")).as("after an escape too")
                .isInstanceOf(CorruptValueException.class).hasMessageContaining("never writes at 9");
        assertThat(StoredText.decode(StoredText.encode("\\u0041 " + EMOJI), "k")).isEqualTo("\\u0041 " + EMOJI);
    }

    /** Text from every corner of Unicode: ASCII, controls, BMP, pairs, lone halves, backslashes, the marker. */
    static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            switch (random.nextInt(8)) {
                case 0 -> text.append((char) (' ' + random.nextInt(95)));
                case 1 -> text.append((char) random.nextInt(32));
                case 2 -> text.append((char) (0x80 + random.nextInt(0xD800 - 0x80)));
                case 3 -> text.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000));
                case 4 -> text.append((char) (0xD800 + random.nextInt(0x800))); // a lone half, as JSON can send
                case 5 -> text.append('\\').append("u00");
                case 6 -> text.append(StoredText.MARKER);
                default -> text.append((char) (0xE000 + random.nextInt(0x2000)));
            }
        }
        return text.toString();
    }

    @Test
    void theRandomTextReallyHoldsWhatARawCutWouldDamage() {
        String text = randomText(new Random(1), 10_000);
        assertThat(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isNotEqualTo(text);
        assertThat(text.codePoints().anyMatch(Character::isSupplementaryCodePoint)).isTrue();
    }
}
