package io.plainframe.licensing.host;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** A settings store in memory with real compare-and-set; values can be damaged and the store taken down. */
public final class InMemorySettingsStore implements SettingsStore {

    private final Map<String, Versioned> values = new HashMap<>();
    private final Map<String, Versioned> previous = new HashMap<>();
    private volatile boolean down;
    private volatile String corrupt;
    private int writes;

    @Override
    public synchronized Optional<Versioned> read(String key) {
        check();
        if (key.equals(corrupt)) {
            throw new CorruptValueException(key, "checksum mismatch (test)");
        }
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public synchronized long revision(String key) {
        check();
        Versioned value = values.get(key);
        return value == null ? 0 : value.revision();
    }

    @Override
    public synchronized OptionalLong compareAndSet(String key, long expectedRevision, String value) {
        check();
        if (revision(key) != expectedRevision) {
            return OptionalLong.empty();
        }
        writes++;
        Versioned before = values.put(key, new Versioned(value, expectedRevision + 1));
        if (before != null) {
            previous.put(key, before);
        }
        return OptionalLong.of(expectedRevision + 1);
    }

    @Override
    public synchronized Optional<Versioned> readPrevious(String key) {
        check();
        return Optional.ofNullable(previous.get(key));
    }

    @Override
    public synchronized OptionalLong replaceDamaged(String key, String value) {
        check();
        if (!key.equals(corrupt)) {
            return OptionalLong.empty();
        }
        corrupt = null;
        long next = Math.max(revision(key), previous.containsKey(key) ? previous.get(key).revision() : 0) + 1;
        values.put(key, new Versioned(value, next));
        return OptionalLong.of(next);
    }

    /** Writes behind the back of compare-and-set, as another node or a damaged database would. */
    public synchronized void overwrite(String key, String value) {
        values.put(key, new Versioned(value, revision(key) + 1));
    }

    /** Puts back an older value and revision, as restoring a database backup would. */
    public synchronized void restore(String key, String value, long revision) {
        values.put(key, new Versioned(value, revision));
    }

    public void corrupt(String key) {
        this.corrupt = key;
    }

    public void repair() {
        this.corrupt = null;
    }

    public void down(boolean value) {
        this.down = value;
    }

    public synchronized int writes() {
        return writes;
    }

    private void check() {
        if (down) {
            throw new HostUnavailableException("database is down (test)", null);
        }
    }
}
