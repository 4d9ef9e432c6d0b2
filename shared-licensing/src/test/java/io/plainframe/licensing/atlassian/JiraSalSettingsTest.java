package io.plainframe.licensing.atlassian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.InMemoryKeyValueStore;
import io.plainframe.licensing.host.SettingsStore;
import io.plainframe.licensing.store.ChunkedSettingsStore;
import io.plainframe.licensing.store.UnescapedChunksStore;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 5: Jira's SAL {@code PluginSettings} reads a stored string that starts with
 * {@code #java.util.List}, {@code #java.util.Map} or {@code #java.util.Properties} back as that collection. Users'
 * text (a seat-request note, a wireframe's labels) can put such a line at the start of any chunk; every stored
 * value carries Plainframe's fixed marker first, so no chunk ever starts with one.
 */
class JiraSalSettingsTest {

    private final JiraLikePluginSettings jira = new JiraLikePluginSettings();
    private final SalKeyValueStore settings = new SalKeyValueStore(new PluginSettingsFactory() {
        @Override
        public PluginSettings createSettingsForKey(String key) {
            throw new UnsupportedOperationException("Plainframe keeps global settings only");
        }

        @Override
        public PluginSettings createGlobalSettings() {
            return jira;
        }
    });
    private final ChunkedSettingsStore store = new ChunkedSettingsStore(settings, new InMemoryKeyValueStore(),
            "io.plainframe.");

    @Test
    void jirasSettingsTurnACollectionMarkerIntoACollectionAndTheStoreReportsIt() {
        // The negative control: without the marker, such a value would not come back as text.
        jira.put("io.plainframe.raw", "#java.util.List\nuser01\nuser02");
        assertThat(jira.get("io.plainframe.raw")).isEqualTo(List.of("user01", "user02"));
        assertThatThrownBy(() -> settings.get("io.plainframe.raw")).isInstanceOf(CorruptValueException.class);
    }

    @Test
    void textWithACollectionMarkerAtEveryChunkBoundaryComesBackExactly() {
        checkMarkedTextComesBackExactly(jira, store);
    }

    @Test
    void theCollectionMarkerCheckFailsOnTheStoreWithoutPlainframesMarker() {
        // The store before issue 15's marker, planted: a value's raw text in its chunks, so the first starts with
        // "#java.util.List" and Jira's settings hand back a list, which the store reports as damage.
        assertThatThrownBy(() -> checkMarkedTextComesBackExactly(jira,
                new UnescapedChunksStore(settings, new InMemoryKeyValueStore(), "io.plainframe.")))
                .isInstanceOf(CorruptValueException.class);
    }

    private static void checkMarkedTextComesBackExactly(JiraLikePluginSettings jira, SettingsStore store) {
        long revision = 0;
        for (String marker : List.of("#java.util.List\n", "#java.util.Map\n", "#java.util.Properties\n")) {
            // Escaped, the marker's newline takes 6 characters: offsets around the cut cover every alignment.
            for (int before = ChunkedSettingsStore.CHUNK_LENGTH - 24; before <= ChunkedSettingsStore.CHUNK_LENGTH + 2;
                 before += 2) {
                String value = marker + "x".repeat(before) + marker + "a=b\n" + marker;
                revision = store.compareAndSet("state", revision, value).getAsLong();
                assertThat(store.read("state").orElseThrow().value()).as("%s at %d", marker.strip(), before)
                        .isEqualTo(value);
            }
        }
        assertThat(jira.stored.values()).allSatisfy(stored -> assertThat(stored).doesNotStartWith("#java.util."));
    }

    /** Jira's SAL plugin settings as the issue describes them: collections stored as marked text, read back. */
    static final class JiraLikePluginSettings implements PluginSettings {

        final Map<String, String> stored = new HashMap<>();

        @Override
        public Object get(String key) {
            String value = stored.get(key);
            if (value == null) {
                return null;
            }
            List<String> lines = Arrays.asList(value.split("\n", -1));
            return switch (lines.get(0)) {
                case "#java.util.List" -> lines.subList(1, lines.size());
                case "#java.util.Map" -> pairs(lines.subList(1, lines.size()));
                case "#java.util.Properties" -> {
                    Properties properties = new Properties();
                    properties.putAll(pairs(lines.subList(1, lines.size())));
                    yield properties;
                }
                default -> value;
            };
        }

        private static Map<String, String> pairs(List<String> lines) {
            Map<String, String> map = new LinkedHashMap<>();
            for (String line : lines) {
                int equals = line.indexOf('=');
                map.put(equals < 0 ? line : line.substring(0, equals), equals < 0 ? "" : line.substring(equals + 1));
            }
            return map;
        }

        @Override
        public Object put(String key, Object value) {
            return stored.put(key, (String) value);
        }

        @Override
        public Object remove(String key) {
            return stored.remove(key);
        }
    }
}
