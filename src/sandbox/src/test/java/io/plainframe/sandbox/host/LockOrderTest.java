package io.plainframe.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.sal.api.transaction.TransactionTemplate;
import io.plainframe.licensing.atlassian.BeehiveClusterLocks;
import io.plainframe.licensing.atlassian.CommittedLocks;
import io.plainframe.licensing.atlassian.SalKeyValueStore;
import io.plainframe.licensing.host.ClusterLocks;
import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.SettingsStore;
import io.plainframe.licensing.store.ChunkedSettingsStore;
import io.plainframe.sandbox.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lock, transaction, commit, unlock (issue 15, item 1): two nodes over one database, each with the sandbox's
 * host-style transactions (writes commit at the end of the outermost callback) and its cluster locks, write one
 * stored counter through the plugin's own store, every write inside a host transaction as Atlassian REST runs
 * resource methods and the background job runs its work. Each increment reads, compares and sets; the
 * transaction then goes on a little (the rest of a request) before it commits.
 */
class LockOrderTest {

    private static final String KEY = "counter";
    private static final int THREADS_PER_NODE = 2;
    private static final int INCREMENTS_PER_THREAD = 12;
    /** What the rest of a request takes after its write, before its transaction commits. */
    private static final long REST_OF_REQUEST_MILLIS = 15;

    @TempDir
    Path data;

    private Database database;

    @BeforeEach
    void open() throws Exception {
        database = new Database(data, false, true);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    @Test
    void writesFromBothNodesInsideHostTransactionsLoseNothingAndNeverReadAsCorrupt() throws Exception {
        Outcome outcome = increments(true);

        assertThat(outcome.corrupt()).as("read as corrupt").isNull();
        assertThat(outcome.stored()).as("stored counter").isEqualTo(outcome.acknowledged())
                .isEqualTo(2 * THREADS_PER_NODE * INCREMENTS_PER_THREAD);
    }

    /** Negative control: the old order (the lock taken and let go inside the caller's transaction). */
    @Test
    void theCheckCatchesTheOldOrderThatLetsTheLockGoBeforeTheCommit() throws Exception {
        Outcome outcome = increments(false);

        assertThat(outcome.corrupt() != null || outcome.stored() != outcome.acknowledged())
                .as("the old order loses an acknowledged increment or leaves a corrupt value: %s", outcome)
                .isTrue();
    }

    /** What the two nodes acknowledged and what was stored in the end. */
    record Outcome(int acknowledged, int stored, CorruptValueException corrupt) {
    }

    private Outcome increments(boolean committedLocks) throws Exception {
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<CorruptValueException> corrupt = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        List<SalServices> nodes = List.of(node(), node());
        for (SalServices node : nodes) {
            TransactionTemplate transactions = node.transactions();
            ClusterLocks beehive = new BeehiveClusterLocks(node.clusterLocks());
            ClusterLocks locks = committedLocks ? new CommittedLocks(beehive, transactions, "test-writes") : beehive;
            SettingsStore store = new ChunkedSettingsStore(new SalKeyValueStore(node.pluginSettings()), locks,
                    "io.plainframe.jira.");
            for (int t = 0; t < THREADS_PER_NODE; t++) {
                threads.add(new Thread(() -> {
                    try {
                        for (int i = 0; i < INCREMENTS_PER_THREAD; i++) {
                            while (!transactions.execute(() -> incremented(store))) {
                                Thread.onSpinWait(); // another writer was first: read again, as a client would
                            }
                            acknowledged.incrementAndGet();
                        }
                    } catch (CorruptValueException e) {
                        corrupt.compareAndSet(null, e);
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }));
            }
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join(120_000);
        }
        assertThat(failure.get()).isNull();
        SettingsStore reader = new ChunkedSettingsStore(new SalKeyValueStore(node().pluginSettings()),
                new BeehiveClusterLocks(node().clusterLocks()), "io.plainframe.jira.");
        int stored;
        try {
            stored = reader.read(KEY).map(v -> Integer.parseInt(v.value())).orElse(0);
        } catch (CorruptValueException e) {
            corrupt.compareAndSet(null, e);
            stored = -1;
        }
        return new Outcome(acknowledged.get(), stored, corrupt.get());
    }

    /** One request's work: read, compare and set, then the rest of the request inside the same transaction. */
    private static boolean incremented(SettingsStore store) {
        Optional<SettingsStore.Versioned> current = store.read(KEY);
        int n = current.map(v -> Integer.parseInt(v.value())).orElse(0);
        boolean written = store.compareAndSet(KEY, current.map(SettingsStore.Versioned::revision).orElse(0L),
                Integer.toString(n + 1)).isPresent();
        try {
            Thread.sleep(REST_OF_REQUEST_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return written;
    }

    private SalServices node() {
        return new SalServices(database, new SandboxUsers(database, "jira"), "/jira");
    }
}
