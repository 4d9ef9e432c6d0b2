package io.plainframe.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.access.AccessDecision;
import io.plainframe.licensing.access.AccessSnapshots;
import io.plainframe.licensing.admin.ChangeResult;
import io.plainframe.licensing.admin.LicensingService;
import io.plainframe.licensing.admin.StateRecovery;
import io.plainframe.licensing.audit.Actor;
import io.plainframe.licensing.check.BuildDate;
import io.plainframe.licensing.check.LicenseValidator;
import io.plainframe.licensing.host.AuditSink;
import io.plainframe.licensing.host.FakeMarketplace;
import io.plainframe.licensing.host.FakeUserDirectory;
import io.plainframe.licensing.host.InMemorySettingsStore;
import io.plainframe.licensing.host.MutableClock;
import io.plainframe.licensing.host.RecordingAuditSink;
import io.plainframe.licensing.key.Product;
import io.plainframe.licensing.key.SeatLimit;
import io.plainframe.licensing.key.TrustedKeys;
import io.plainframe.licensing.seat.EditorState;
import io.plainframe.licensing.state.StateStore;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * A Confluence host in memory, built on 1 March 2026, running the real service and snapshots over fake
 * ports. A second node shares the first one's store, directory and Marketplace (a Data Center stand-in).
 */
public final class TestHost {

    public static final Actor ADMIN = Actor.user("key-admin", "admin");
    public static final LocalDate BUILT = LocalDate.of(2026, 3, 1);

    public final FakeUserDirectory directory;
    public final InMemorySettingsStore store;
    public final FakeMarketplace marketplace;
    public final RecordingAuditSink audit;
    public final MutableClock clock;
    public final AccessSnapshots snapshots;
    public final LicensingService service;
    public final StateRecovery recovery;

    public TestHost() {
        this(new FakeUserDirectory(), new InMemorySettingsStore(), new FakeMarketplace(),
                new MutableClock(Fixtures.TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC)), new RecordingAuditSink(),
                null);
    }

    private TestHost(FakeUserDirectory directory, InMemorySettingsStore store, FakeMarketplace marketplace,
                     MutableClock clock, RecordingAuditSink audit, AuditSink sink) {
        this.audit = audit;
        this.directory = directory;
        this.store = store;
        this.marketplace = marketplace;
        this.clock = clock;
        LicenseValidator validator = new LicenseValidator(TrustedKeys.builtIn(), clock).forProduct(Product.CONFLUENCE)
                .forBuild(BuildDate.of(BUILT));
        StateStore state = new StateStore(store);
        this.snapshots = new AccessSnapshots(state, validator, marketplace, clock);
        this.service = new LicensingService(validator, state, snapshots, directory, sink == null ? audit : sink,
                clock, new Random(11));
        this.recovery = new StateRecovery(validator, state, snapshots, sink == null ? audit : sink, clock);
    }

    /** Another cluster node over the same store, directory, Marketplace and clock. */
    public TestHost otherNode() {
        return new TestHost(directory, store, marketplace, clock, new RecordingAuditSink(), null);
    }

    /** A host whose audit goes to the given sink. */
    public static TestHost withAudit(AuditSink sink) {
        return new TestHost(new FakeUserDirectory(), new InMemorySettingsStore(), new FakeMarketplace(),
                new MutableClock(Fixtures.TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC)), new RecordingAuditSink(),
                sink);
    }

    /** A vendor key for this many editors (0: unlimited). */
    public static String key(int editors) {
        return Fixtures.license().editors(editors == 0 ? SeatLimit.unlimited() : SeatLimit.of(editors)).key();
    }

    /** Applies a vendor key for this many editors (0: unlimited), accepting any losses it brings. */
    public TestHost licensedFor(int editors) {
        assertDone(service.applyVendorKey(ADMIN, key(editors), true));
        return this;
    }

    public TestHost users(String... usernames) {
        directory.addAll(usernames);
        return this;
    }

    public ChangeResult add(String... usernames) {
        return service.addEditors(ADMIN, List.of(usernames));
    }

    public ChangeResult remove(String... usernames) {
        return service.removeEditors(ADMIN, List.of(usernames));
    }

    public AccessDecision decide(String username) {
        return snapshots.current().decide("key-" + username, true, true);
    }

    public EditorState stateOf(String username) {
        return snapshots.current().allocation().stateOf("key-" + username);
    }

    public static Actor user(String username) {
        return Actor.user("key-" + username, username);
    }

    public static void assertDone(ChangeResult result) {
        assertThat(result.isDone()).as("%s: %s", result.code(), Fixtures.english(result.message())).isTrue();
    }
}
