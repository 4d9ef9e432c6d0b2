package io.plainframe.sandbox.host;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import io.plainframe.sandbox.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Beehive's cluster locks kept in the sandbox's database, so that they hold across every sandbox sharing it, as
 * Data Center's hold across nodes. A lock is a row of {@code cluster_locks} that a transaction holds with
 * {@code SELECT ... FOR UPDATE}; committing lets it go. A node that dies loses its connection, and with it the
 * transaction and the lock, so no lock outlives its holder. Within a node a reentrant lock per name comes first,
 * which makes the lock reentrant and keeps a node's own threads from queueing in the database.
 */
public final class DatabaseClusterLocks implements ClusterLockService {

    /** H2's error code for a row lock that stayed taken past the lock timeout. */
    private static final int LOCK_TIMEOUT = 50200;
    /** H2's error code for a duplicate key: another thread or node created the lock's row first. */
    private static final int DUPLICATE_KEY = 23505;
    /** How long {@link ClusterLock#lock()} waits in the database at a time before asking again. */
    private static final long WAIT_STEP_MILLIS = 1_000;

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
        private volatile boolean rowExists;

        DatabaseLock(String name) {
            this.name = name;
        }

        @Override
        public boolean isHeldByCurrentThread() {
            return local.isHeldByCurrentThread();
        }

        @Override
        public void lock() {
            local.lock();
            try {
                while (!holdsRow(WAIT_STEP_MILLIS)) {
                    // Another node holds it; Beehive's lock() waits as long as that takes.
                }
            } catch (RuntimeException e) {
                local.unlock();
                throw e;
            }
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            local.lockInterruptibly();
            try {
                while (!holdsRow(WAIT_STEP_MILLIS)) {
                    if (Thread.interrupted()) {
                        throw new InterruptedException("waiting for the cluster lock " + name);
                    }
                }
            } catch (InterruptedException | RuntimeException e) {
                local.unlock();
                throw e;
            }
        }

        @Override
        public boolean tryLock() {
            return local.tryLock() && heldOrUnlocked(0);
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(time);
            if (!local.tryLock(time, unit)) {
                return false;
            }
            return heldOrUnlocked(Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }

        /** With the local lock just taken: takes the row within the time, or lets the local lock go. */
        private boolean heldOrUnlocked(long millis) {
            try {
                if (holdsRow(millis)) {
                    return true;
                }
            } catch (RuntimeException e) {
                local.unlock();
                throw e;
            }
            local.unlock();
            return false;
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
         * Whether this node holds the row after at most the given wait; at once when the thread already held the
         * lock (reentry).
         */
        private boolean holdsRow(long millis) {
            if (holding != null) {
                return true;
            }
            Connection connection = null;
            try {
                createRow();
                connection = database.connection();
                connection.setAutoCommit(false);
                try (Statement settings = connection.createStatement()) {
                    settings.execute("SET LOCK_TIMEOUT " + millis);
                }
                try (PreparedStatement sql = connection.prepareStatement(
                        "SELECT name FROM cluster_locks WHERE name = ? FOR UPDATE")) {
                    sql.setString(1, name);
                    try (ResultSet row = sql.executeQuery()) {
                        row.next();
                    }
                }
                holding = connection;
                return true;
            } catch (SQLException e) {
                release(connection, false);
                if (e.getErrorCode() == LOCK_TIMEOUT) {
                    return false;
                }
                throw new IllegalStateException("the cluster lock " + name + " could not be taken", e);
            }
        }

        private void createRow() throws SQLException {
            if (rowExists) {
                return;
            }
            try {
                database.update("INSERT INTO cluster_locks SELECT ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM cluster_locks WHERE name = ?)", name, name);
            } catch (SQLException e) {
                if (e.getErrorCode() != DUPLICATE_KEY) {
                    throw e;
                }
            }
            rowExists = true;
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
