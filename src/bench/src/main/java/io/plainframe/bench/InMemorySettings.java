package io.plainframe.bench;

import io.plainframe.licensing.host.ClusterLocks;
import io.plainframe.licensing.host.KeyValueStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Plain settings in memory, standing in for the host's PluginSettings, so the benchmark measures our code. */
final class InMemorySettings implements KeyValueStore, ClusterLocks {

    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public String get(String key) {
        return values.get(key);
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }

    @Override
    public synchronized <T> T locked(String name, Supplier<T> action) {
        return action.get();
    }
}
