package io.plainframe.licensing.atlassian;

import com.atlassian.sal.api.transaction.TransactionTemplate;
import io.plainframe.licensing.access.AccessSnapshots;
import io.plainframe.licensing.admin.ChangeResult;
import io.plainframe.licensing.admin.LicensingService;
import io.plainframe.licensing.admin.StateRecovery;
import io.plainframe.licensing.check.LicenseValidator;
import io.plainframe.licensing.host.AuditSink;
import io.plainframe.licensing.host.ClusterLocks;
import io.plainframe.licensing.host.ContentPermissions;
import io.plainframe.licensing.host.DateTexts;
import io.plainframe.licensing.host.KeyValueStore;
import io.plainframe.licensing.host.SettingsStore;
import io.plainframe.licensing.host.MarketplaceLicenseSource;
import io.plainframe.licensing.host.UserDirectory;
import io.plainframe.licensing.key.Product;
import io.plainframe.licensing.key.TrustedKeys;
import io.plainframe.licensing.state.StateStore;
import io.plainframe.licensing.store.ChunkedSettingsStore;
import io.plainframe.licensing.store.StoredAuditLog;
import io.plainframe.licensing.web.LicensingApi;
import io.plainframe.licensing.web.ProductInfo;
import io.plainframe.licensing.web.RecoveryApi;
import io.plainframe.licensing.web.TextRenderer;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The licensing core assembled over a host's ports, the same way in every product, and this node's background
 * job, each run inside a host transaction: every {@link #REFRESH_SECONDS} s pick up other nodes' changes (cheap:
 * one revision read), and bring the roster in line with the user directory when the plugin starts and soon after
 * the host's directory changes. The periodic sync of the whole cluster is the host scheduler's
 * ({@link ClusterSyncJob}), run on one node per interval.
 */
public final class PlainframeRuntime {

    static final long REFRESH_SECONDS = 5;
    static final long STOP_WAIT_SECONDS = 10;
    /** How long after a directory event its sync runs, so the host has committed the change (and more can join). */
    static final long EVENT_SYNC_MILLIS = 1_000;
    /** A second look after an event, for a change whose host transaction committed after the first sync read. */
    static final long EVENT_RECHECK_MILLIS = 3_000;

    private static final System.Logger LOG = System.getLogger(PlainframeRuntime.class.getName());

    private final AccessSnapshots snapshots;
    private final ContentPermissions content;
    private final TextRenderer text;
    private final LicensingService service;
    private final LicensingApi api;
    private final RecoveryApi recovery;
    private final ProductInfo info;
    private final ChunkedSettingsStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final StoredAuditLog audit;
    private final UserDirectory directory;
    private final DateTexts dates;
    private final AtomicBoolean eventSyncPending = new AtomicBoolean();
    private final AtomicBoolean recheckPending = new AtomicBoolean();
    private volatile ScheduledExecutorService jobs;
    private volatile BooleanSupplier readOnly = () -> false;

    /**
     * @param settings  the host's plain settings, namespaced here by product
     * @param locks     cluster locks for writes, each write committed in a transaction of its own inside its lock
     * @param trusted      the public keys this build trusts
     * @param transactions runs the background job's work in a host transaction (Hibernate sessions and all)
     */
    public PlainframeRuntime(Product product, PluginBuild build, String serverId, KeyValueStore settings,
                             ClusterLocks locks, UserDirectory directory, ContentPermissions content,
                             MarketplaceLicenseSource marketplace, TextRenderer text, TrustedKeys trusted,
                             TransactionTemplate transactions, Clock clock) {
        this(product, build, serverId, settings, locks, directory, content, marketplace, text, DateTexts.ISO, trusted,
                transactions, clock);
    }

    /** @param dates the host's date format and time zone, for the dates on the admin page */
    public PlainframeRuntime(Product product, PluginBuild build, String serverId, KeyValueStore settings,
                             ClusterLocks locks, UserDirectory directory, ContentPermissions content,
                             MarketplaceLicenseSource marketplace, TextRenderer text, DateTexts dates,
                             TrustedKeys trusted, TransactionTemplate transactions, Clock clock) {
        Objects.requireNonNull(product, "product");
        this.info = new ProductInfo(product, build.version(), build.buildDate(), serverId);
        LicenseValidator validator = new LicenseValidator(trusted, clock).forProduct(product)
                .forBuild(build.buildDate());
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        // Every write commits before its lock is let go, whatever transaction the caller is in (issue 15).
        this.store = new ChunkedSettingsStore(settings, new CommittedLocks(locks, transactions,
                "plainframe-" + product.id() + "-writes"), "io.plainframe." + product.id() + ".");
        StateStore state = new StateStore(store);
        StoredAuditLog audit = new StoredAuditLog(store);
        this.audit = audit;
        this.directory = Objects.requireNonNull(directory, "directory");
        this.dates = Objects.requireNonNull(dates, "dates");
        this.snapshots = new AccessSnapshots(state, validator, marketplace, clock);
        this.service = new LicensingService(validator, state, snapshots, directory, audit, clock, new SecureRandom());
        this.api = new LicensingApi(service, snapshots, audit, directory, content, text, dates, info);
        this.recovery = new RecoveryApi(new StateRecovery(validator, state, snapshots, audit, clock), text);
        this.content = content;
        this.text = text;
    }

    /** The audit log, for changes made outside the licensing service (a wireframe deleted). */
    public AuditSink audit() {
        return audit;
    }

    /** The host's users, for the names shown beside who did what. */
    public UserDirectory directory() {
        return directory;
    }

    /** The host's date format and time zone. */
    public DateTexts dates() {
        return dates;
    }

    /** The host's view and edit permissions on pages and issues. */
    public ContentPermissions content() {
        return content;
    }

    /** Renders messages in the caller's language. */
    public TextRenderer text() {
        return text;
    }

    /** The plugin's own versioned settings (compare-and-set), for other stored values than the licensing state. */
    public SettingsStore settings() {
        return store;
    }

    public LicensingApi api() {
        return api;
    }

    /** The way back from a stored state that cannot be read. */
    public RecoveryApi recovery() {
        return recovery;
    }

    public AccessSnapshots snapshots() {
        return snapshots;
    }

    public LicensingService service() {
        return service;
    }

    public ProductInfo info() {
        return info;
    }

    /** The clock the runtime runs by. */
    public Clock clock() {
        return clock;
    }

    /**
     * Loads the first snapshot, brings the roster in line with the directory (so the editors group's members hold
     * their seats before the first answer, not a minute later) and starts the background job; called when the host
     * has started the plugin.
     */
    public void start() {
        start(() -> false);
    }

    /**
     * As {@link #start()}, on a host that can be read-only for a while (Confluence Data Center's maintenance mode):
     * syncs wait while it is, as every other write does.
     */
    public synchronized void start(BooleanSupplier hostReadOnly) {
        if (jobs != null) {
            return;
        }
        this.readOnly = Objects.requireNonNull(hostReadOnly, "hostReadOnly");
        snapshots.current();
        // The job's thread exists before the first sync reads the directory, so no event after that read is lost.
        jobs = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "plainframe-" + info.product().id() + "-licensing");
            thread.setDaemon(true);
            return thread;
        });
        syncNow();
        jobs.scheduleWithFixedDelay(this::refresh, REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Stops the background job and waits for a run in progress, so a plugin upgrade never has the old and the
     * new job writing at once; called when the plugin is disabled or the host stops.
     */
    public synchronized void stop() {
        if (jobs != null) {
            jobs.shutdownNow();
            try {
                if (!jobs.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    LOG.log(System.Logger.Level.WARNING, "Plainframe's background job did not stop in time");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            jobs = null;
            // Syncs asked for and dropped with the job: a restarted plugin takes events again.
            eventSyncPending.set(false);
            recheckPending.set(false);
        }
    }

    private void refresh() {
        try {
            inTransaction(snapshots::refreshIfStale);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Plainframe could not refresh its licensing state: " + e);
        }
    }

    /**
     * The host's directory changed (a {@link DirectoryEvents} event): sync on this node in a moment, on the job's
     * thread, and look again a little later. Returns at once; events that come before the sync runs join it.
     */
    public void directoryChanged() {
        if (eventSyncPending.compareAndSet(false, true) && !schedule(this::eventSync, EVENT_SYNC_MILLIS)) {
            eventSyncPending.set(false);
        }
    }

    private void eventSync() {
        eventSyncPending.set(false); // an event from now on asks for another sync
        syncNow();
        if (recheckPending.compareAndSet(false, true) && !schedule(() -> {
            recheckPending.set(false);
            syncNow();
        }, EVENT_RECHECK_MILLIS)) {
            recheckPending.set(false);
        }
    }

    /** Runs the work on the job's thread after the delay; false when the plugin is not running. */
    private boolean schedule(Runnable work, long delayMillis) {
        ScheduledExecutorService running = jobs;
        if (running == null) {
            return false;
        }
        try {
            running.schedule(work, delayMillis, TimeUnit.MILLISECONDS);
            return true;
        } catch (RejectedExecutionException e) {
            return false; // stopping
        }
    }

    /**
     * Syncs on this node now, in a host transaction of its own: at start, after directory events, and when the
     * host's scheduler runs the cluster's periodic sync here ({@link ClusterSyncJob}). A sync is a compare-and-set
     * change, safe beside one on another node.
     *
     * @return whether the roster is in line with the directory now (false: the next sync tries again)
     */
    public boolean syncNow() {
        if (readOnly.getAsBoolean()) {
            LOG.log(System.Logger.Level.INFO, "Plainframe will sync editors with the directory when the host is "
                    + "no longer read-only");
            return false;
        }
        try {
            ChangeResult result = inTransaction(service::syncDirectory);
            report(result);
            return result.isDone();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Plainframe could not sync editors with the directory: " + e);
            return false;
        }
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(work::get);
    }

    private static void report(ChangeResult result) {
        if (!result.isDone()) {
            LOG.log(System.Logger.Level.INFO, "Plainframe will sync editors with the directory later: "
                    + result.code());
        }
    }
}
