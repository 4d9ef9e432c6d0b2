package io.plainframe.licensing.host;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Durable values shared by every node of the host (SAL {@code PluginSettings} under one namespace), each
 * with a revision that grows with every write. Writes are compare-and-set, so two admins (or two cluster
 * nodes) changing the same value never lose an update: the loser re-reads and tries again.
 */
public interface SettingsStore {

    /**
     * @return the value and its revision; empty when it was never written
     * @throws CorruptValueException    when the stored value fails its checksum or cannot be read
     * @throws HostUnavailableException when the store cannot answer
     */
    Optional<Versioned> read(String key);

    /**
     * The current revision alone, cheap enough to poll: 0 when never written.
     *
     * @throws HostUnavailableException when the store cannot answer
     */
    long revision(String key);

    /**
     * Writes the value if the stored revision is still {@code expectedRevision} (0: not written yet).
     *
     * @return the new revision; empty, changing nothing, when someone else wrote first
     * @throws HostUnavailableException when the store cannot answer
     */
    OptionalLong compareAndSet(String key, long expectedRevision, String value);

    /**
     * The revision written before the current one, kept so an admin can go back to it when the current one is
     * damaged; empty when there is none (the value was written once, or before this was kept).
     *
     * @throws CorruptValueException    when that revision is damaged too
     * @throws HostUnavailableException when the store cannot answer
     */
    Optional<Versioned> readPrevious(String key);

    /**
     * Writes the value over a damaged one: the one way past "reported, never overwritten", for an admin who
     * chose to. The damaged text is left where it is.
     *
     * @return the new revision; empty, changing nothing, when the stored value is readable after all
     * @throws HostUnavailableException when the store cannot answer
     */
    OptionalLong replaceDamaged(String key, String value);

    /**
     * A stored value and its revision.
     *
     * @param value    the text written
     * @param revision grows with every write of the key
     */
    record Versioned(String value, long revision) {
    }
}
