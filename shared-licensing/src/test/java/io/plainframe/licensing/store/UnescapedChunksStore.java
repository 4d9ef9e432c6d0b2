package io.plainframe.licensing.store;

import io.plainframe.licensing.host.ClusterLocks;
import io.plainframe.licensing.host.DelegatingSettingsStore;
import io.plainframe.licensing.host.KeyValueStore;
import java.util.OptionalLong;

/**
 * The store's writes as they were before issue 13's escaping and marker (schema 1): a value's raw text cut into
 * chunks of {@link ChunkedSettingsStore#CHUNK_LENGTH} characters, read back by today's store, which still reads
 * schema 1. For the controls that show the text tests fail on the store without the escaping.
 */
public final class UnescapedChunksStore extends DelegatingSettingsStore {

    private final KeyValueStore settings;
    private final String namespace;

    public UnescapedChunksStore(KeyValueStore settings, ClusterLocks locks, String namespace) {
        super(new ChunkedSettingsStore(settings, locks, namespace));
        this.settings = settings;
        this.namespace = namespace;
    }

    @Override
    public OptionalLong compareAndSet(String key, long expectedRevision, String value) {
        long revision = revision(key);
        if (revision != expectedRevision) {
            return OptionalLong.empty();
        }
        long next = revision + 1;
        int length = ChunkedSettingsStore.CHUNK_LENGTH;
        int chunks = Math.max(1, (value.length() + length - 1) / length);
        for (int i = 0; i < chunks; i++) {
            settings.put(namespace + key + "#" + next + "." + i,
                    value.substring(i * length, Math.min(value.length(), (i + 1) * length)));
        }
        settings.put(namespace + key, "{\"schema\":1,\"revision\":" + next + ",\"chunks\":" + chunks
                + ",\"length\":" + value.length() + ",\"sha256\":\"" + StoredHead.sha256(value) + "\"}");
        return OptionalLong.of(next);
    }
}
