package io.plainframe.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import io.plainframe.licensing.atlassian.BeehiveClusterLocks;
import io.plainframe.licensing.atlassian.SalKeyValueStore;
import io.plainframe.licensing.host.SettingsStore;
import io.plainframe.licensing.store.ChunkedSettingsStore;
import io.plainframe.sandbox.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox's plugin settings keep text as a UTF-8 database does, which is what lets
 * {@code SandboxUnicodeStateTest} catch issue 13's defect: a value cut between chunks inside an emoji. H2 alone
 * keeps any Java string, so without this strictness the old raw cut would have read back whole.
 */
class SandboxPluginSettingsTextTest {

    private static final int CUT = 30_000;
    private static final String EMOJI = "\uD83D\uDE00";

    @TempDir
    Path data;

    private Database database;
    private SalServices host;
    private PluginSettings settings;

    @BeforeEach
    void open() throws Exception {
        database = new Database(data, false, true);
        host = new SalServices(database, new SandboxUsers(database, "jira"), "/jira");
        settings = host.pluginSettings().createGlobalSettings();
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    @Test
    void aLoneHalfOfASurrogatePairComesBackAsAQuestionMark() {
        settings.put("k", "a\uD83Db\uDE00c");

        assertThat(settings.get("k")).isEqualTo("a?b?c");
    }

    @Test
    void thePluginsStoreKeepsAnEmojiAcrossTheChunkBoundaryExactly() {
        SettingsStore store = new ChunkedSettingsStore(new SalKeyValueStore(host.pluginSettings()),
                new BeehiveClusterLocks(host.clusterLocks()), "io.plainframe.jira.");
        String text = textWithAnEmojiAcross(CUT);

        store.compareAndSet("state", 0, text);

        assertThat(store.read("state").orElseThrow().value()).isEqualTo(text);
    }

    /** The negative control: the chunks cut raw, as the store cut them before issue 13, read back damaged. */
    @Test
    void aRawCutInsideAnEmojiAsTheStoreMadeItBeforeIssue13FailsTheReadBackCheck() {
        String text = textWithAnEmojiAcross(CUT);

        assertThatThrownBy(() -> assertReadsBackExactly(List.of(text.substring(0, CUT), text.substring(CUT))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("a??b");
        assertReadsBackExactly(List.of(text.substring(0, CUT - 1), text.substring(CUT - 1)));
    }

    /** Each part put as a chunk of its own, then read and joined: the text must be what was cut. */
    private void assertReadsBackExactly(List<String> parts) {
        StringBuilder read = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            settings.put("chunk." + i, parts.get(i));
            read.append(settings.get("chunk." + i));
        }
        assertThat(read.toString()).isEqualTo(String.join("", parts));
    }

    private static String textWithAnEmojiAcross(int cut) {
        return "a".repeat(cut - 1) + EMOJI + "b".repeat(100);
    }
}
