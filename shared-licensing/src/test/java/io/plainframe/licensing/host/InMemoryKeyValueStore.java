package io.plainframe.licensing.host;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Plain string settings in memory, as PluginSettings over a UTF-8 database keep them (a lone surrogate comes
 * back as {@code ?}), with a lock per name.
 */
public final class InMemoryKeyValueStore implements KeyValueStore, ClusterLocks {

    private final Map<String, String> values = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final AtomicInteger puts = new AtomicInteger();

    @Override
    public String get(String key) {
        return values.get(key);
    }

    @Override
    public void put(String key, String value) {
        puts.incrementAndGet();
        // What a JDBC driver does on the way to a UTF-8 column.
        values.put(key, new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }

    @Override
    public <T> T locked(String name, Supplier<T> action) {
        ReentrantLock lock = locks.computeIfAbsent(name, n -> new ReentrantLock());
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /** Everything stored, sorted by key. */
    public Map<String, String> snapshot() {
        return new TreeMap<>(values);
    }

    public int puts() {
        return puts.get();
    }
}
