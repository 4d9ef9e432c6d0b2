package io.plainframe.licensing.access;

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
 * made here, and {@link #refreshIfStale()} (called by the plugin's scheduled job, at most every
 * {@link #CHECK_INTERVAL_MILLIS}) picks up changes made on other cluster nodes, a new Marketplace license and
 * a new day (which can end an evaluation) without any I/O on the decision path.
 */
public final class AccessSnapshots {

    /** Other nodes' changes arrive within this time (SPEC 4). */
    public static final long CHECK_INTERVAL_MILLIS = 30_000;

    private static final System.Logger LOG = System.getLogger(AccessSnapshots.class.getName());

    private final StateStore store;
    private final LicenseValidator validator;
    private final MarketplaceLicenseSource marketplace;
    private final Clock clock;
    private final AtomicLong lastCheck = new AtomicLong(Long.MIN_VALUE);
    private volatile AccessSnapshot current;
    private volatile String storageProblem;

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

    /** The snapshot decisions are answered from; the first call reads the stored state once. */
    public AccessSnapshot current() {
        AccessSnapshot snapshot = current;
        return snapshot != null ? snapshot : refresh();
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
        Optional<MarketplaceLicense> marketplaceLicense = marketplace.current();
        try {
            StateStore.Loaded loaded = store.load();
            storageProblem = null;
            return publish(AccessSnapshot.of(loaded.state(), governing(loaded.state(), marketplaceLicense),
                    loaded.revision(), today()));
        } catch (CorruptValueException e) {
            storageProblem = e.getMessage();
            LOG.log(System.Logger.Level.ERROR, "Plainframe cannot read its stored state; editing is paused "
                    + "until an administrator looks at it: " + e.getMessage());
            AccessSnapshot last = current;
            PlainframeState shown = last == null ? PlainframeState.INITIAL : last.state();
            return publish(AccessSnapshot.unreadable(shown, governing(shown, marketplaceLicense),
                    store.revision(), today()));
        } catch (HostUnavailableException e) {
            LOG.log(System.Logger.Level.WARNING, "Plainframe could not read its stored state just now: "
                    + e.getMessage());
            AccessSnapshot last = current;
            if (last != null) {
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
            return false;
        }
        refresh();
        return true;
    }

    /** Installs the snapshot of a state this node has just written. */
    public AccessSnapshot install(StateStore.Loaded written) {
        storageProblem = null;
        return publish(AccessSnapshot.of(written.state(), governing(written.state(), marketplace.current()),
                written.revision(), today()));
    }

    /** The governing license a state would have, with the Marketplace license UPM holds now. */
    public GoverningLicense governingFor(PlainframeState state) {
        return governing(state, marketplace.current());
    }

    private GoverningLicense governing(PlainframeState state, Optional<MarketplaceLicense> marketplaceLicense) {
        return GoverningLicense.choose(state.vendorKeyText().map(validator::check), marketplaceLicense);
    }

    /** Never replaces a snapshot with one of an older revision (a slow refresh racing a write). */
    private synchronized AccessSnapshot publish(AccessSnapshot next) {
        AccessSnapshot previous = current;
        if (previous == null || next.revision() >= previous.revision()) {
            current = next;
            return next;
        }
        return previous;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
