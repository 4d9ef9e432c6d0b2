package io.plainframe.licensing.access;

import io.plainframe.licensing.check.LicenseCheck;
import io.plainframe.licensing.check.LicenseValidator;
import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.host.MarketplaceLicense;
import io.plainframe.licensing.host.MarketplaceLicenseSource;
import io.plainframe.licensing.state.PlainframeState;
import io.plainframe.licensing.state.StateStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds the current {@link AccessSnapshot}. Reading it is one volatile read. It is replaced after every change
 * made here, and {@link #refreshIfStale()} (called by the plugin's scheduled job every few seconds, and doing
 * work at most every {@link #CHECK_INTERVAL_MILLIS}) picks up changes made on other cluster nodes, a new
 * Marketplace license and a new day (which can end an evaluation), so they arrive well within 30 seconds,
 * without any I/O on the decision path. A key is verified once per day and key text, not on every rebuild.
 */
public final class AccessSnapshots {

    /** How often the stored revision is compared; other nodes' changes arrive within this plus the job's period. */
    public static final long CHECK_INTERVAL_MILLIS = 10_000;
    /**
     * How often the stored state is read in full and checked even when its revision has not changed: damage that
     * leaves the revision alone (a changed chunk or checksum) is reported and logged within this time.
     */
    public static final long VERIFY_INTERVAL_MILLIS = 5 * 60_000;

    private static final System.Logger LOG = System.getLogger(AccessSnapshots.class.getName());

    private final StateStore store;
    private final LicenseValidator validator;
    private final MarketplaceLicenseSource marketplace;
    private final Clock clock;
    private final AtomicLong lastCheck = new AtomicLong(Long.MIN_VALUE);
    private volatile long lastVerified = Long.MIN_VALUE;
    private volatile AccessSnapshot current;
    private volatile String storageProblem;
    private volatile CheckedKey checkedKey;

    /**
     * @param validator checks the vendor key for this product and build
     */
    public AccessSnapshots(StateStore store, LicenseValidator validator, MarketplaceLicenseSource marketplace,
                           Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.marketplace = Objects.requireNonNull(marketplace, "marketplace");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The snapshot decisions are answered from. The first call reads the stored state once (the plugin does
     * that when it starts); if the store cannot answer then, viewing goes on and editing waits for the next
     * refresh.
     */
    public AccessSnapshot current() {
        AccessSnapshot snapshot = current;
        if (snapshot != null) {
            return snapshot;
        }
        try {
            return refresh();
        } catch (HostUnavailableException e) {
            return publish(AccessSnapshot.unreadable(PlainframeState.INITIAL,
                    governing(PlainframeState.INITIAL, Optional.empty()), -1, today()), false);
        }
    }

    /**
     * The snapshot, rebuilt first if the stored revision, UPM's Marketplace license or the date moved on: what
     * admins read, so that a change made through another node of a cluster, or a license just installed in UPM,
     * shows at once (one read of the store and one of UPM). Decisions take {@link #current()} and wait for the
     * next check, which keeps I/O off their path. When the store cannot answer, the snapshot this node has.
     */
    public AccessSnapshot latest() {
        AccessSnapshot snapshot = current();
        try {
            boolean unchanged = snapshot.revision() == store.revision() && snapshot.builtOn().equals(today())
                    && snapshot.license().marketplace().equals(marketplace.current());
            return unchanged ? snapshot : refresh();
        } catch (HostUnavailableException e) {
            return snapshot;
        }
    }

    /** What is wrong with the stored state, when it cannot be read; empty when all is well. */
    public Optional<String> storageProblem() {
        return Optional.ofNullable(storageProblem);
    }

    /**
     * Reads the stored state and the Marketplace license and installs a new snapshot. A damaged state pauses
     * editing (viewing goes on) and is reported, never replaced; an unavailable store keeps the snapshot.
     */
    public AccessSnapshot refresh() {
        lastCheck.set(clock.millis());
        lastVerified = clock.millis();
        Optional<MarketplaceLicense> marketplaceLicense = marketplace.current();
        try {
            StateStore.Loaded loaded = store.load();
            storageProblem = null;
            return publish(AccessSnapshot.of(loaded.state(), governing(loaded.state(), marketplaceLicense),
                    loaded.revision(), today()), true);
        } catch (CorruptValueException e) {
            storageProblem = e.getMessage();
            LOG.log(System.Logger.Level.ERROR, "Plainframe cannot read its stored state; editing is paused "
                    + "until an administrator looks at it: " + e.getMessage());
            AccessSnapshot last = current;
            PlainframeState shown = last == null ? PlainframeState.INITIAL : last.state();
            return publish(AccessSnapshot.unreadable(shown, governing(shown, marketplaceLicense),
                    store.revision(), today()), true);
        } catch (HostUnavailableException e) {
            LOG.log(System.Logger.Level.WARNING, "Plainframe could not read its stored state just now: "
                    + e.getMessage());
            AccessSnapshot last = current;
            if (last != null && last.revision() >= 0) {
                return last;
            }
            throw e;
        }
    }

    /**
     * Refreshes when the stored revision, the Marketplace license or the date changed; checks at most once
     * per {@link #CHECK_INTERVAL_MILLIS}, from whichever thread gets there first.
     *
     * @return whether a new snapshot was installed
     */
    public boolean refreshIfStale() {
        long now = clock.millis();
        long last = lastCheck.get();
        if (last != Long.MIN_VALUE && now - last < CHECK_INTERVAL_MILLIS || !lastCheck.compareAndSet(last, now)) {
            return false;
        }
        AccessSnapshot snapshot = current;
        if (snapshot != null && !snapshot.isUnreadable() && snapshot.revision() == store.revision()
                && snapshot.builtOn().equals(today())
                && snapshot.license().marketplace().equals(marketplace.current())) {
            return lastVerified != Long.MIN_VALUE && now - lastVerified < VERIFY_INTERVAL_MILLIS ? false : !verify();
        }
        refresh();
        return true;
    }

    /**
     * Reads the stored state in full and checks it, though its revision says nothing changed (the admin page
     * asks on every view; the background check every {@link #VERIFY_INTERVAL_MILLIS}): damage is reported.
     *
     * @return whether the stored state is readable
     */
    public boolean verify() {
        lastVerified = clock.millis();
        try {
            store.load();
            AccessSnapshot snapshot = current;
            if (storageProblem != null || snapshot != null && snapshot.isUnreadable()) {
                refresh(); // repaired (restored from a backup): back to normal
            }
            return true;
        } catch (CorruptValueException e) {
            refresh();
            return false;
        } catch (HostUnavailableException e) {
            return true; // not damage: the next check asks again
        }
    }

    /** Installs the snapshot of a state this node has just written. */
    public AccessSnapshot install(StateStore.Loaded written) {
        storageProblem = null;
        lastVerified = clock.millis();
        return publish(AccessSnapshot.of(written.state(), governing(written.state(), marketplace.current()),
                written.revision(), today()), false);
    }

    /** The governing license a state would have, with the Marketplace license UPM holds now. */
    public GoverningLicense governingFor(PlainframeState state) {
        return governing(state, marketplace.current());
    }

    private GoverningLicense governing(PlainframeState state, Optional<MarketplaceLicense> marketplaceLicense) {
        return GoverningLicense.choose(state.vendorKeyText().map(this::check), marketplaceLicense);
    }

    /** The key's check, verified once per key text and day (a signature check costs half a millisecond). */
    private LicenseCheck check(String key) {
        LocalDate today = today();
        CheckedKey cached = checkedKey;
        if (cached != null && cached.key().equals(key) && cached.day().equals(today)) {
            return cached.check();
        }
        LicenseCheck check = validator.check(key);
        checkedKey = new CheckedKey(key, today, check);
        return check;
    }

    /**
     * Installs a snapshot unless a newer one is already in place: a slow read racing this node's own write
     * must not win. A read from the store whose revision went down (a restored backup) is the truth and wins.
     */
    private synchronized AccessSnapshot publish(AccessSnapshot next, boolean fromStore) {
        AccessSnapshot previous = current;
        if (previous == null || next.revision() >= previous.revision()
                || fromStore && store.revision() < previous.revision()) {
            current = next;
            return next;
        }
        return previous;
    }

    /** A key already checked today. */
    private record CheckedKey(String key, LocalDate day, LicenseCheck check) {
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
