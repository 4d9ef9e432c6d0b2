package io.plainframe.licensing.admin;

import static io.plainframe.licensing.TestHost.ADMIN;
import static io.plainframe.licensing.TestHost.assertDone;
import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.Fixtures;
import io.plainframe.licensing.TestHost;
import io.plainframe.licensing.access.AccessReason;
import io.plainframe.licensing.audit.AuditAction;
import io.plainframe.licensing.audit.AuditEvent;
import io.plainframe.licensing.key.Product;
import org.junit.jupiter.api.Test;

/** Issue 13: an admin can always get out of a stored state that cannot be read, and says how. */
class StateRecoveryTest {

    private final TestHost host = new TestHost().users("alice", "bob", "carol");

    @Test
    void aReadableStateOffersNothingAndRefusesBothWaysBack() {
        host.licensedFor(10).add("alice");
        assertThat(host.recovery.options().damaged()).isFalse();
        assertThat(host.recovery.restorePrevious(ADMIN).code()).isEqualTo(ChangeCode.STATE_READABLE);
        assertThat(host.recovery.startFromKey(ADMIN, TestHost.key(5)).code()).isEqualTo(ChangeCode.STATE_READABLE);
        assertThat(host.snapshots.latest().state().roster().size()).as("nothing replaced").isEqualTo(1);
    }

    @Test
    void aDamagedStateOffersTheVersionBeforeItAndGoingBackEndsThePause() {
        host.licensedFor(10).add("alice");
        host.add("bob");
        host.store.corrupt("state");
        host.snapshots.refresh();
        assertThat(host.decide("alice").reason()).isEqualTo(AccessReason.STATE_UNREADABLE);
        assertThat(host.add("carol").code()).isEqualTo(ChangeCode.STATE_UNREADABLE);

        StateRecovery.Options options = host.recovery.options();
        assertThat(options.damaged()).isTrue();
        assertThat(options.previous().orElseThrow().state().roster().size()).as("before bob was added").isEqualTo(1);

        host.audit.clear();
        assertDone(host.recovery.restorePrevious(ADMIN));
        assertThat(host.recovery.options().damaged()).isFalse();
        assertThat(host.decide("alice").canEdit()).as("editing goes on at once").isTrue();
        assertThat(host.snapshots.latest().state().roster().size()).isEqualTo(1);
        assertDone(host.add("bob"));
        AuditEvent event = host.audit.events().get(0);
        assertThat(event.action()).isEqualTo(AuditAction.STATE_RESTORED);
        assertThat(Fixtures.english(event.message())).isEqualTo(
                "admin replaced the unreadable settings with version 2, the one before them.");
    }

    @Test
    void withNoVersionBeforeTheAdminStartsAgainFromTheLicenseKey() {
        host.licensedFor(10);
        host.store.corrupt("state");
        assertThat(host.recovery.options().previous()).isEmpty();
        assertThat(host.recovery.restorePrevious(ADMIN).code()).isEqualTo(ChangeCode.NO_PREVIOUS_STATE);

        ChangeResult wrongProduct = host.recovery.startFromKey(ADMIN, Fixtures.license().product(Product.JIRA).key());
        assertThat(wrongProduct.code()).isEqualTo(ChangeCode.INVALID_LICENSE);
        assertThat(host.recovery.options().damaged()).as("a refused key replaces nothing").isTrue();

        host.audit.clear();
        assertDone(host.recovery.startFromKey(ADMIN, TestHost.key(10)));
        assertThat(host.snapshots.latest().license().valid()).isTrue();
        assertThat(host.snapshots.latest().state().roster().size()).isZero();
        assertThat(host.audit.events()).extracting(AuditEvent::action).containsExactly(AuditAction.STATE_RESTARTED);
        assertThat(Fixtures.english(host.audit.events().get(0).message()))
                .startsWith("admin replaced the unreadable settings with a fresh start from license PF-TEST-");
        assertDone(host.add("alice"));
    }

    @Test
    void anEmptyKeyStartsAgainWithoutALicense() {
        host.store.corrupt("state");
        assertDone(host.recovery.startFromKey(ADMIN, "  "));
        assertThat(host.snapshots.latest().state().vendorKeyText()).isEmpty();
        assertThat(host.recovery.options().damaged()).isFalse();
    }
}
