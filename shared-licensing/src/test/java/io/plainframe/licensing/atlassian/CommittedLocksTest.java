package io.plainframe.licensing.atlassian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import io.plainframe.licensing.host.ClusterLocks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The order of a write: lock, transaction, commit, unlock, even when the caller is in a transaction already. */
class CommittedLocksTest {

    private final List<String> events = new ArrayList<>();
    /** A host's transactions, propagation REQUIRED, one per thread: an inner callback joins the outer. */
    private final ThreadLocal<Boolean> open = new ThreadLocal<>();
    private final TransactionTemplate transactions = new TransactionTemplate() {
        @Override
        public <T> T execute(TransactionCallback<T> callback) {
            if (Boolean.TRUE.equals(open.get())) {
                return callback.doInTransaction();
            }
            open.set(Boolean.TRUE);
            events.add("begin");
            try {
                return callback.doInTransaction();
            } finally {
                open.remove();
                events.add("commit");
            }
        }
    };
    private final ClusterLocks locks = new ClusterLocks() {
        @Override
        public <T> T locked(String name, Supplier<T> action) {
            events.add("lock");
            try {
                return action.get();
            } finally {
                events.add("unlock");
            }
        }
    };

    @Test
    void anInterruptedCallerStillLearnsTheWritesRealOutcomeAndKeepsItsInterrupt() {
        CommittedLocks committed = new CommittedLocks(locks, transactions, "test-writes");
        Thread.currentThread().interrupt();
        try {
            String answer = committed.locked("state", () -> {
                pause(100);
                return "written";
            });
            assertThat(answer).as("the write was made, so the caller is told so").isEqualTo("written");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aWriteInsideTheCallersTransactionCommitsBeforeItsLockIsLetGo() {
        CommittedLocks committed = new CommittedLocks(locks, transactions, "test-writes");

        String answer = transactions.execute(() -> committed.locked("state", () -> {
            events.add("write");
            return "written";
        }));

        assertThat(answer).isEqualTo("written");
        assertThat(events).containsExactly("begin", "lock", "begin", "write", "commit", "unlock", "commit");
    }

    /** Negative control: the old order, the plain lock inside the caller's transaction, fails the same check. */
    @Test
    void thePlainLockInsideTheCallersTransactionLetsGoBeforeTheCommit() {
        transactions.execute(() -> locks.locked("state", () -> events.add("write")));

        assertThat(events).containsExactly("begin", "lock", "write", "unlock", "commit");
        assertThat(events.indexOf("unlock")).as("unlocked before the write commits")
                .isLessThan(events.lastIndexOf("commit"));
    }

    @Test
    void aLockAskedForAgainFromTheWriteRunsInsideTheLockAndTransactionItHas() {
        CommittedLocks committed = new CommittedLocks(locks, transactions, "test-writes");

        committed.locked("state", () -> committed.locked("audit", () -> events.add("write")));

        assertThat(events).containsExactly("lock", "begin", "lock", "write", "unlock", "commit", "unlock");
    }

    @Test
    void whatTheWriteThrowsReachesTheCaller() {
        CommittedLocks committed = new CommittedLocks(locks, transactions, "test-writes");

        assertThatThrownBy(() -> committed.locked("state", () -> {
            throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class).hasMessage("refused");
    }
}
