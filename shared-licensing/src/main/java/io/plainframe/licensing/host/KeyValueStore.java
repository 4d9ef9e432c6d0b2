package io.plainframe.licensing.host;

/**
 * The host's plain string settings (SAL {@code PluginSettings}): no revisions, no compare-and-set, values of
 * bounded size. {@code io.plainframe.licensing.store.ChunkedSettingsStore} builds the versioned, checked,
 * chunked {@link SettingsStore} on top of it.
 */
public interface KeyValueStore {

    /**
     * @return the value, or {@code null} when there is none
     * @throws HostUnavailableException when the host cannot answer
     */
    String get(String key);

    /** @throws HostUnavailableException when the host cannot answer */
    void put(String key, String value);

    /** @throws HostUnavailableException when the host cannot answer */
    void remove(String key);
}
