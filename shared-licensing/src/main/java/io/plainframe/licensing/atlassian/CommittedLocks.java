package io.plainframe.licensing.atlassian;

import com.atlassian.sal.api.transaction.TransactionTemplate;
import io.plainframe.licensing.host.ClusterLocks;
import io.plainframe.licensing.host.HostUnavailableException;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Cluster locks whose action commits before the lock is let go: lock, then a transaction of its own, commit,
 * unlock, whatever transaction the caller is in.
 *
 * <p>SAL's {@code TransactionTemplate} joins the calling thread's transaction (propagation REQUIRED), and the
 * caller is often in one: Atlassian REST runs every resource method in one, the background job runs in one, and
 * what a host opens around a servlet or a macro is not ours to know. A write under the lock in the caller's
 * transaction would commit only after the lock is gone, when another node may already have read the old value and
 * written over it. So the locked action runs on a thread of this node's that is in no transaction: there the lock
 * is taken first, the transaction begun inside it commits when the action returns, and only then is the lock let
 * go. The caller waits for it, even when interrupted. An action that asks for a lock again from that thread runs
 * where it is, inside the transaction and lock it already has. Actions run without the caller's thread-bound host
 * state (current user, request), and a caller must not hold a cluster lock or database row the action needs.
 */
public final class CommittedLocks implements ClusterLocks {

    /** Writers at once on this node; locks of other names need not wait for each other. */
    static final int WRITERS = 4;
    static final long IDLE_SECONDS = 30;

    private final ClusterLocks locks;
    private final TransactionTemplate transactions;
    private final ThreadLocal<Boolean> writer = new ThreadLocal<>();
    private final ThreadPoolExecutor threads;

    /**
     * @param locks        the host's cluster locks
     * @param transactions the host's transactions
     * @param name         names the writing threads, for thread dumps
     */
    public CommittedLocks(ClusterLocks locks, TransactionTemplate transactions, String name) {
        this.locks = Objects.requireNonNull(locks, "locks");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(name, "name");
        // Threads die after a while idle, so a disabled plugin leaves none behind for long.
        this.threads = new ThreadPoolExecutor(WRITERS, WRITERS, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, name);
                    thread.setDaemon(true);
                    return thread;
                });
        threads.allowCoreThreadTimeOut(true);
    }

    @Override
    public <T> T locked(String name, Supplier<T> action) {
        if (Boolean.TRUE.equals(writer.get())) {
            return locks.locked(name, action);
        }
        Future<T> result = threads.submit(() -> {
            writer.set(Boolean.TRUE);
            try {
                return locks.locked(name, () -> transactions.execute(action::get));
            } finally {
                writer.remove();
            }
        });
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    // The write goes on under its lock whatever happens here: wait for its real outcome, so the
                    // caller never reports a change as failed that was made, and a stopping job waits for it.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new HostUnavailableException("writing under the lock " + name + " failed", cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
