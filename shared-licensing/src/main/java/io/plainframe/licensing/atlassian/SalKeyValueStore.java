package io.plainframe.licensing.atlassian;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.host.KeyValueStore;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Plainframe's settings in SAL's global {@code PluginSettings}, which every Data Center node shares. Keys are
 * namespaced by the caller ({@code ChunkedSettingsStore}); values are always strings.
 */
public final class SalKeyValueStore implements KeyValueStore {

    private final PluginSettingsFactory factory;

    public SalKeyValueStore(PluginSettingsFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public String get(String key) {
        Object value = call(() -> settings().get(key));
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new CorruptValueException(key, "it is a " + value.getClass().getSimpleName() + ", not text");
    }

    @Override
    public void put(String key, String value) {
        call(() -> settings().put(key, value));
    }

    @Override
    public void remove(String key) {
        call(() -> settings().remove(key));
    }

    private PluginSettings settings() {
        return factory.createGlobalSettings();
    }

    /** A database that cannot answer is an outage, not an answer. */
    private static Object call(Supplier<Object> action) {
        try {
            return action.get();
        } catch (CorruptValueException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new HostUnavailableException("plugin settings could not be read or written", e);
        }
    }
}
