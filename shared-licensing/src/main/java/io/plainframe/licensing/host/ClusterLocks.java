package io.plainframe.licensing.host;

import java.util.function.Supplier;

/**
 * Locks that hold across every node of a cluster (Atlassian's {@code ClusterLockService}), so read, compare
 * and write of a stored value happen as one step even where the store itself has no compare-and-set.
 */
public interface ClusterLocks {

    /**
     * Runs the action while holding the named lock.
     *
     * @throws HostUnavailableException when the lock cannot be had in reasonable time
     */
    <T> T locked(String name, Supplier<T> action);
}
