package io.plainframe.sandbox.host;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import io.plainframe.sandbox.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.api.ErrorCode;

/**
 * Beehive's cluster locks kept in the sandbox's database, so that they hold across every sandbox sharing it, as
 * Data Center's hold across nodes. A lock is the lock's name inserted into {@code cluster_lock_holds} by a
 * transaction not committed; ending the transaction takes the row away and lets the lock go. (A row of
 * {@code cluster_locks} held with {@code SELECT ... FOR UPDATE}, as before, was had by two transactions at once
 * under H2 2.3 and 2.5 now and then: about one round in a hundred of 200 increments from two nodes lost some. The
 * unique key of a row not yet committed lost none in 400 rounds.) A node that dies loses its connection, and
 * with it the transaction and the lock, so no lock outlives its holder; a node whose database went away with the
 * node serving it loses its locks the same way, unnoticed until it lets them go. Within a node a reentrant lock
 * per name comes first, which makes the lock reentrant and keeps a node's own threads out of the database.
 *
 * <p>A node waiting for another node's lock asks again after a pause (as Beehive's database locks do) rather
 * than waiting inside H2: H2 swallows an interrupt that comes during its wait, and a waiting lock would hold a
 * pooled connection. Only a held lock holds one.
 */
public final class DatabaseClusterLocks implements ClusterLockService {

    /** The longest pause between two attempts; the pause doubles from a millisecond up to this. */
    private static final long MAX_PAUSE_MILLIS = 20;

    private final Database database;
    private final Map<String, DatabaseLock> locks = new ConcurrentHashMap<>();

    public DatabaseClusterLocks(Database database) {
        this.database = database;
    }

    @Override
    public ClusterLock getLockForName(String lockName) {
        return locks.computeIfAbsent(lockName, DatabaseLock::new);
    }

    private final class DatabaseLock implements ClusterLock {

        private final String name;
        private final ReentrantLock local = new ReentrantLock();
        /** The transaction holding the row while this node holds the lock; guarded by {@link #local}. */
        private Connection holding;

        DatabaseLock(String name) {
            this.name = name;
        }

        @Override
        public boolean isHeldByCurrentThread() {
            return local.isHeldByCurrentThread();
        }

        @Override
        public void lock() {
            boolean interrupted = false;
            while (true) {
                local.lock();
                try {
                    if (heldOrUnlocked(Long.MAX_VALUE)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    interrupted = true; // lock() is not interruptible: wait on, and keep the thread's status
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            local.lockInterruptibly();
            heldOrUnlocked(Long.MAX_VALUE);
        }

        @Override
        public boolean tryLock() {
            if (!local.tryLock()) {
                return false;
            }
            try {
                return heldOrUnlocked(0);
            } catch (InterruptedException e) {
                throw new IllegalStateException("a wait of zero never sleeps", e);
            }
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            long started = System.nanoTime();
            if (!local.tryLock(time, unit)) {
                return false;
            }
            return heldOrUnlocked(Math.max(0, unit.toNanos(time) - (System.nanoTime() - started)));
        }

        @Override
        public void unlock() {
            if (!local.isHeldByCurrentThread()) {
                throw new IllegalMonitorStateException("the cluster lock " + name + " is not held by this thread");
            }
            try {
                if (local.getHoldCount() == 1) {
                    Connection connection = holding;
                    holding = null;
                    release(connection, true);
                }
            } finally {
                local.unlock();
            }
        }

        /** Beehive's cluster locks have no conditions either. */
        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("cluster locks have no conditions");
        }

        /**
         * With the local lock just taken: takes the row within the time (at once on reentry), or lets the local
         * lock go and answers false (or throws).
         */
        private boolean heldOrUnlocked(long nanos) throws InterruptedException {
            boolean held = false;
            try {
                long started = System.nanoTime();
                long pause = 1;
                while (holding == null && !holdsRow()) {
                    long left = nanos - (System.nanoTime() - started);
                    if (left <= 0) {
                        return false;
                    }
                    TimeUnit.MILLISECONDS.sleep(Math.min(pause, TimeUnit.NANOSECONDS.toMillis(left) + 1));
                    pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
                }
                held = true;
                return true;
            } finally {
                if (!held) {
                    local.unlock();
                }
            }
        }

        /**
         * One attempt at the lock, not waiting: whether this node holds it now. Holding is an uncommitted insert of
         * the lock's name; a second insert of the name by another transaction fails (or waits for the first), and
         * ending the transaction, on purpose or with a dead node's connection, takes the row away.
         */
        private boolean holdsRow() {
            Connection connection = null;
            try {
                connection = database.connection();
                connection.setAutoCommit(false);
                try (Statement settings = connection.createStatement()) {
                    settings.execute("SET LOCK_TIMEOUT 1"); // the least wait: H2 reads 0 as its default, 2 s
                }
                try (PreparedStatement sql = connection.prepareStatement(
                        "INSERT INTO cluster_lock_holds (name) VALUES (?)")) {
                    sql.setString(1, name);
                    sql.executeUpdate();
                }
                holding = connection;
                return true;
            } catch (SQLException e) {
                release(connection, false);
                if (e.getErrorCode() == ErrorCode.LOCK_TIMEOUT_1 || e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1
                        || e.getErrorCode() == ErrorCode.CONCURRENT_UPDATE_1) {
                    return false;
                }
                throw new IllegalStateException("the cluster lock " + name + " could not be taken", e);
            }
        }

        /** Ends the transaction (letting the row go) and gives the connection back as it was found. */
        private void release(Connection connection, boolean held) {
            if (connection == null) {
                return;
            }
            try (connection) {
                connection.rollback(); // nothing was written: rolling back lets the row go as a commit would
                try (Statement settings = connection.createStatement()) {
                    settings.execute("SET LOCK_TIMEOUT " + Database.LOCK_TIMEOUT_MILLIS);
                }
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // A broken connection: its transaction, and so the row, went with it.
                if (held) {
                    System.err.println("Letting go of the cluster lock " + name + ": " + e);
                }
            }
        }
    }
}
