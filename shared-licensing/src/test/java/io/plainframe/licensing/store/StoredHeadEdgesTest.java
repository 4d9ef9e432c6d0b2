package io.plainframe.licensing.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.host.CorruptValueException;
import org.junit.jupiter.api.Test;

/** A stored value's description and its escaped text, at the edges of what they accept. */
class StoredHeadEdgesTest {

    private static final int CHUNK = ChunkedSettingsStore.CHUNK_LENGTH;
    private static final String SHA = "0".repeat(64);

    private static String head(long revision, long chunks, long length) {
        return StoredText.MARKER + "{\"schema\":2,\"revision\":" + revision + ",\"chunks\":" + chunks + ",\"length\":"
                + length + ",\"sha256\":\"" + SHA + "\"}";
    }

    @Test
    void theFirstRevisionAndAFullLastChunkAreReadable() {
        assertThat(StoredHead.parse("k", head(1, 1, CHUNK))).isEqualTo(new StoredHead(2, 1, 1, CHUNK, SHA));
        assertThat(StoredHead.parse("k", head(1, 2, CHUNK + 1)).chunks()).isEqualTo(2);
    }

    @Test
    void theLongestTextAStringHoldsIsAReadableDescription() {
        long chunks = (Integer.MAX_VALUE + (long) CHUNK - 1) / CHUNK;
        assertThat(StoredHead.parse("k", head(1, chunks, Integer.MAX_VALUE)).length()).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> StoredHead.parse("k", head(1, chunks, Integer.MAX_VALUE + 1L)))
                .isInstanceOf(CorruptValueException.class).hasMessageContaining("not readable");
    }

    @Test
    void aDescriptionOutsideTheRulesIsReportedCorrupt() {
        for (String damaged : new String[] {head(0, 1, 1), head(1, 0, 0), head(1, 100_001, 100_000L * CHUNK + 1),
            head(1, 1, CHUNK + 1), head(1, 2, CHUNK), head(1, 1, -1), head(1, 1, 0)}) {
            assertThatThrownBy(() -> StoredHead.parse("k", damaged)).as(damaged)
                    .isInstanceOf(CorruptValueException.class);
        }
    }

    @Test
    void printableAsciiIsStoredAsItIsAndEverythingElseEscaped() {
        assertThat(StoredText.encode(" ~!}a")).isEqualTo(" ~!}a");
        assertThat(StoredText.encode("\u001f\u007f\\")).isEqualTo("\\u001f\\u007f\\u005c");
        String awkward = "\u001f \u007f~\\\ud800";
        assertThat(StoredText.decode(StoredText.encode(awkward), "k")).isEqualTo(awkward);
    }
}
