package io.plainframe.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.beehive.ClusterLock;
import io.plainframe.sandbox.Database;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cluster locks in the database: two services over one database stand for two nodes, whose threads share
 * nothing but the database.
 */
class DatabaseClusterLocksTest {

    @TempDir
    Path data;

    private Database database;
    private DatabaseClusterLocks nodeA;
    private DatabaseClusterLocks nodeB;

    @BeforeEach
    void open() throws Exception {
        database = new Database(data, false, true);
        nodeA = new DatabaseClusterLocks(database);
        nodeB = new DatabaseClusterLocks(database);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    @Test
    void aLockHeldOnOneNodeIsNotHadOnTheOtherUntilItIsLetGo() throws Exception {
        ClusterLock onA = nodeA.getLockForName("io.plainframe.jira.state");
        ClusterLock onB = nodeB.getLockForName("io.plainframe.jira.state");
        assertThat(onA.tryLock(1, TimeUnit.SECONDS)).isTrue();

        assertThat(CompletableFuture.supplyAsync(() -> tryAndLetGo(onB, 300)).get(10, TimeUnit.SECONDS))
                .as("node B waits and gives up while A holds it").isFalse();
        assertThat(CompletableFuture.supplyAsync(onB::tryLock).get(10, TimeUnit.SECONDS)).isFalse();

        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> tryAndLetGo(onB, 10_000));
        Thread.sleep(200);
        onA.unlock();
        assertThat(waiting.get(10, TimeUnit.SECONDS)).as("B gets it once A lets go").isTrue();
    }

    @Test
    void locksOfOtherNamesDoNotWait() throws Exception {
        ClusterLock state = nodeA.getLockForName("io.plainframe.jira.state");
        state.lock();
        try {
            ClusterLock audit = nodeB.getLockForName("io.plainframe.jira.audit");
            assertThat(CompletableFuture.supplyAsync(() -> tryAndLetGo(audit, 100)).get(10, TimeUnit.SECONDS))
                    .isTrue();
        } finally {
            state.unlock();
        }
    }

    @Test
    void aThreadThatHoldsTheLockTakesItAgainAndKeepsItUntilItsLastUnlock() throws Exception {
        ClusterLock lock = nodeA.getLockForName("reentrant");
        lock.lock();
        assertThat(lock.tryLock(0, TimeUnit.SECONDS)).isTrue();
        assertThat(lock.isHeldByCurrentThread()).isTrue();
        lock.unlock();
        ClusterLock onB = nodeB.getLockForName("reentrant");
        assertThat(CompletableFuture.supplyAsync(() -> tryAndLetGo(onB, 200)).get(10, TimeUnit.SECONDS))
                .as("still held after the inner unlock").isFalse();
        lock.unlock();
        assertThat(lock.isHeldByCurrentThread()).isFalse();
        assertThat(CompletableFuture.supplyAsync(() -> tryAndLetGo(onB, 1_000)).get(10, TimeUnit.SECONDS))
                .isTrue();
    }

    @Test
    void countersIncrementedUnderTheLockFromBothNodesLoseNoIncrement() throws Exception {
        checkOneHolderAtATime(incrementUnder(nodeA.getLockForName("counter"), nodeB.getLockForName("counter")));
    }

    /**
     * The negative control of the overlap count: a lock double that lets a second holder in while the first holds
     * it (it waits, inside, until the second has come in) fails the same check.
     */
    @Test
    void aLockThatLetsTwoHoldersInAtOnceFailsTheOverlapCheck() throws Exception {
        ClusterLock twoAtOnce = new TwoHoldersAtOnce();
        Rounds rounds = incrementUnder(twoAtOnce, twoAtOnce);
        assertThat(rounds.together()).isPositive();
        assertThatThrownBy(() -> checkOneHolderAtATime(rounds)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("times two threads held the lock at once");
    }

    /** What four threads, two per node, saw incrementing a counter 50 times each under the lock. */
    private record Rounds(Throwable failure, int together, int counted, int done) {
    }

    private static void checkOneHolderAtATime(Rounds rounds) {
        assertThat(rounds.failure()).isNull();
        assertThat(rounds.together()).as("times two threads held the lock at once").isZero();
        assertThat(rounds.counted()).isEqualTo(rounds.done()).isEqualTo(200);
    }

    private Rounds incrementUnder(ClusterLock onA, ClusterLock onB) throws Exception {
        database.update("CREATE TABLE counter (n INT)");
        database.update("INSERT INTO counter VALUES (0)");
        AtomicInteger done = new AtomicInteger();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger together = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            ClusterLock lock = t % 2 == 0 ? onA : onB;
            threads[t] = new Thread(() -> {
                try {
                    for (int i = 0; i < 50; i++) {
                        lock.lock();
                        try {
                            if (inside.incrementAndGet() > 1) {
                                together.incrementAndGet();
                            }
                            // Read, then write: only the lock keeps two of these from interleaving.
                            int n = database.count("SELECT n FROM counter");
                            database.update("UPDATE counter SET n = ?", n + 1);
                        } finally {
                            inside.decrementAndGet();
                            lock.unlock();
                        }
                        done.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        return new Rounds(failure.get(), together.get(), database.count("SELECT n FROM counter"), done.get());
    }

    @Test
    void aThreadWaitingForAnotherNodesLockStopsWhenInterrupted() throws Exception {
        ClusterLock onA = nodeA.getLockForName("interrupted");
        ClusterLock onB = nodeB.getLockForName("interrupted");
        onA.lock();
        try {
            for (boolean timed : new boolean[] {true, false}) {
                CompletableFuture<Throwable> ended = new CompletableFuture<>();
                Thread waiter = new Thread(() -> {
                    try {
                        if (timed) {
                            onB.tryLock(30, TimeUnit.SECONDS);
                        } else {
                            onB.lockInterruptibly();
                        }
                        ended.complete(null);
                    } catch (Throwable e) {
                        ended.complete(e);
                    }
                });
                waiter.start();
                Thread.sleep(200);
                waiter.interrupt();
                assertThat(ended.get(5, TimeUnit.SECONDS)).as(timed ? "tryLock(30 s)" : "lockInterruptibly()")
                        .isInstanceOf(InterruptedException.class);
            }
            Thread waiter = new Thread(() -> {
                onB.lock();
                onB.unlock();
            });
            waiter.start();
            Thread.sleep(200);
            waiter.interrupt();
            waiter.join(500);
            assertThat(waiter.isAlive()).as("lock() waits on through an interrupt").isTrue();
            onA.unlock();
            waiter.join(5_000);
            assertThat(waiter.isAlive()).as("and gets it once A lets go").isFalse();
        } finally {
            if (onA.isHeldByCurrentThread()) {
                onA.unlock();
            }
        }
    }

    @Test
    void aConnectionThatHeldOrWaitedForALockGoesBackToThePoolWithTheUsualLockTimeout() throws Exception {
        ClusterLock onA = nodeA.getLockForName("timeout");
        onA.lock();
        assertThat(CompletableFuture.supplyAsync(nodeB.getLockForName("timeout")::tryLock)
                .get(10, TimeUnit.SECONDS)).isFalse();
        onA.unlock();
        for (int i = 0; i < 3; i++) {
            assertThat(database.count("SELECT LOCK_TIMEOUT()")).isEqualTo(Database.LOCK_TIMEOUT_MILLIS);
        }
    }

    @Test
    void unlockingALockNotHeldIsRefusedAndConditionsAreNotOffered() {
        ClusterLock lock = nodeA.getLockForName("not-held");
        assertThatThrownBy(lock::unlock).isInstanceOf(IllegalMonitorStateException.class);
        assertThatThrownBy(lock::newCondition).isInstanceOf(UnsupportedOperationException.class);
    }

    /** Tries for the lock and, if it was had, lets it go: whether it was had. */
    private static boolean tryAndLetGo(ClusterLock lock, long millis) {
        boolean held = tryFor(lock, millis);
        if (held) {
            lock.unlock();
        }
        return held;
    }

    private static boolean tryFor(ClusterLock lock, long millis) {
        try {
            return lock.tryLock(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * A broken cluster lock: up to two holders at once, and the first holder waits (up to 5 s) after taking it
     * until a second has, so the first two holders overlap at the start and others are let in beside a holder.
     */
    private static final class TwoHoldersAtOnce implements ClusterLock {

        private final Semaphore permits = new Semaphore(2);
        private final CountDownLatch firstTwo = new CountDownLatch(2);

        @Override
        public void lock() {
            permits.acquireUninterruptibly();
            firstTwo.countDown();
            try {
                firstTwo.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void unlock() {
            permits.release();
        }

        @Override
        public void lockInterruptibly() {
            lock();
        }

        @Override
        public boolean tryLock() {
            lock();
            return true;
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) {
            return tryLock();
        }

        @Override
        public boolean isHeldByCurrentThread() {
            return false;
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException();
        }
    }
}
