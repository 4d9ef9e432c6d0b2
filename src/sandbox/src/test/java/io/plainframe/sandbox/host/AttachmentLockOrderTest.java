package io.plainframe.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.pages.Attachment;
import io.plainframe.licensing.atlassian.BeehiveClusterLocks;
import io.plainframe.licensing.atlassian.CommittedLocks;
import io.plainframe.licensing.host.ClusterLocks;
import io.plainframe.sandbox.Database;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox's attachments join its host transactions as Confluence's Hibernate session does, so it catches a
 * save whose lock is let go before its transaction commits (issue 15, item 1). Two nodes over one database save one
 * attachment as the Confluence plugin's wireframe store does (read the latest version, compare, save the next from
 * it, under a cluster lock), each save inside a host transaction as Atlassian REST runs it, which goes on a little
 * after the save (the rest of the request) before it commits. With the plugin's {@link CommittedLocks} each save is
 * its own version; with the lock taken inside the caller's transaction (the old order) the check fails.
 * ({@code ConfluenceWireframeLocksTest} in the Confluence plugin shows the plugin saves through those locks.)
 */
class AttachmentLockOrderTest {

    private static final String FILE = "plainframe-race.json";
    private static final int THREADS_PER_NODE = 2;
    private static final int SAVES_PER_THREAD = 8;
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
    void savesFromBothNodesInsideHostTransactionsEachBecomeTheirOwnVersion() throws Exception {
        Outcome outcome = saves(true);

        assertThat(outcome.failure()).as("a save that failed after it was made").isNull();
        assertThat(outcome.latest()).as("latest version").isEqualTo(outcome.acknowledged())
                .isEqualTo(2 * THREADS_PER_NODE * SAVES_PER_THREAD);
        assertThat(outcome.mismatched()).as("versions whose text is not what their save wrote").isZero();
    }

    /** Negative control: the old order (the lock taken and let go inside the caller's transaction). */
    @Test
    void theCheckCatchesTheOldOrderThatLetsTheLockGoBeforeTheCommit() throws Exception {
        Outcome outcome = saves(false);

        assertThat(outcome.failure() != null || outcome.latest() != outcome.acknowledged()
                || outcome.mismatched() > 0).as("the old order fails a save it answered or loses one: %s", outcome)
                .isTrue();
    }

    /** What the nodes acknowledged, the first save that failed after it was made, and what was stored. */
    record Outcome(int acknowledged, Throwable failure, long latest, int mismatched) {
    }

    private Outcome saves(boolean committed) throws Exception {
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Map<Long, String> written = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            Node node = new Node(committed);
            for (int t = 0; t < THREADS_PER_NODE; t++) {
                String writer = "node " + n + " thread " + t;
                threads.add(new Thread(() -> {
                    try {
                        for (int i = 0; i < SAVES_PER_THREAD; i++) {
                            String text = "{\"by\":\"" + writer + "\",\"save\":" + i + "}";
                            OptionalLong version;
                            do {
                                version = node.transactions.execute(() -> node.saved(text));
                            } while (version.isEmpty()); // another save was first: read again, as a client would
                            written.put(version.getAsLong(), text);
                            acknowledged.incrementAndGet();
                        }
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
        Node reader = new Node(true);
        long latest = reader.latest().map(Attachment::getVersion).orElse(0);
        int mismatched = 0;
        for (Map.Entry<Long, String> save : written.entrySet()) {
            if (!reader.text(save.getKey()).equals(save.getValue())) {
                mismatched++;
            }
        }
        return new Outcome(acknowledged.get(), failure.get(), latest, mismatched);
    }

    /** One Confluence node: its host services and its attachment manager, with the locks under test. */
    private final class Node {
        final TransactionTemplate transactions;
        final SandboxAttachments attachments;
        final ClusterLocks locks;
        final ContentEntityObject page;

        @SuppressWarnings("deprecation") // the sandbox's page manager answers what Confluence 8.5 asks of it
        Node(boolean committed) {
            SandboxUsers users = new SandboxUsers(database, "confluence");
            SalServices sal = new SalServices(database, users, "/confluence");
            this.transactions = sal.transactions();
            this.attachments = new SandboxAttachments(database, sal, key -> null);
            ClusterLocks beehive = new BeehiveClusterLocks(sal.clusterLocks());
            this.locks = committed ? new CommittedLocks(beehive, transactions, "test-writes") : beehive;
            this.page = new ProductServices(users, new HostFaults()).pageManager()
                    .getAbstractPage(ProductServices.DEMO_PAGE_ID);
        }

        /** One request's save, then the rest of the request in the same transaction. */
        OptionalLong saved(String text) {
            long expected = latest().map(Attachment::getVersion).orElse(0);
            OptionalLong written = locks.locked("race", () -> {
                Optional<Attachment> current = latest();
                if (current.map(Attachment::getVersion).orElse(0) != expected) {
                    return OptionalLong.empty();
                }
                Attachment attachment = current.orElseGet(() -> {
                    Attachment created = new Attachment();
                    created.setFileName(FILE);
                    created.setContainer(page);
                    return created;
                });
                Attachment previous = current.map(a -> (Attachment) a.clone()).orElse(null);
                attachment.setMediaType("application/json");
                try {
                    attachments.saveAttachment(attachment, previous, new ByteArrayInputStream(
                            text.getBytes(StandardCharsets.UTF_8)), DefaultSaveContext.MINOR_EDIT);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return OptionalLong.of(latest().orElseThrow().getVersion());
            });
            try {
                Thread.sleep(REST_OF_REQUEST_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return written;
        }

        Optional<Attachment> latest() {
            return attachments.getLatestVersionsOfAttachments(page).stream()
                    .filter(attachment -> FILE.equals(attachment.getFileName())).findFirst();
        }

        String text(long version) {
            return attachments.getAllVersions(latest().orElseThrow()).stream()
                    .filter(attachment -> attachment.getVersion() == version).findFirst()
                    .map(attachment -> {
                        try (var in = attachments.getAttachmentData(attachment)) {
                            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).orElse("");
        }
    }
}
