package io.plainframe.licensing.host;

import java.util.Optional;
import java.util.OptionalLong;

/** Settings that pass every call on, for a test to override the one it plants a behaviour in. */
public class DelegatingSettingsStore implements SettingsStore {

    private final SettingsStore settings;

    public DelegatingSettingsStore(SettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public Optional<Versioned> read(String key) {
        return settings.read(key);
    }

    @Override
    public long revision(String key) {
        return settings.revision(key);
    }

    @Override
    public OptionalLong compareAndSet(String key, long expectedRevision, String value) {
        return settings.compareAndSet(key, expectedRevision, value);
    }

    @Override
    public Optional<Versioned> readPrevious(String key) {
        return settings.readPrevious(key);
    }

    @Override
    public OptionalLong replaceDamaged(String key, String value) {
        return settings.replaceDamaged(key, value);
    }
}
