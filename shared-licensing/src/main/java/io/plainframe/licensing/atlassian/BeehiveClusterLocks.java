package io.plainframe.licensing.atlassian;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import io.plainframe.licensing.host.ClusterLocks;
import io.plainframe.licensing.host.HostUnavailableException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Atlassian's cluster-wide locks: on Data Center they hold across nodes, on Server within the one node.
 * Waits at most {@link #WAIT_SECONDS}, so a stuck node never hangs an admin's request.
 */
public final class BeehiveClusterLocks implements ClusterLocks {

    static final long WAIT_SECONDS = 30;

    private final ClusterLockService locks;

    public BeehiveClusterLocks(ClusterLockService locks) {
        this.locks = Objects.requireNonNull(locks, "locks");
    }

    @Override
    public <T> T locked(String name, Supplier<T> action) {
        ClusterLock lock = locks.getLockForName(name);
        boolean held;
        try {
            held = lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HostUnavailableException("interrupted while waiting for the lock " + name, e);
        }
        if (!held) {
            throw new HostUnavailableException("the lock " + name + " stayed taken for " + WAIT_SECONDS + " s", null);
        }
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
