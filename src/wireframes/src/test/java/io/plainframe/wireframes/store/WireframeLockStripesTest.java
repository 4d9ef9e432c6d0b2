package io.plainframe.wireframes.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.plainframe.licensing.host.ClusterLocks;
import io.plainframe.licensing.host.InMemoryKeyValueStore;
import io.plainframe.licensing.store.ChunkedSettingsStore;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Issue 15: however many wireframes there are, they use at most {@link WireframeLockStripes#STRIPES} lock names. */
class WireframeLockStripesTest {

    private static final int WIREFRAMES = 2_000;

    private final InMemoryKeyValueStore values = new InMemoryKeyValueStore();
    private final Set<String> taken = ConcurrentHashMap.newKeySet();

    @Test
    void manyWireframesOnManyIssuesUseAtMostTheStripesLockNames() {
        Set<String> names = lockNamesOfCreatingAndSaving(new WireframeLockStripes(recorder()));
        assertThat(names).hasSizeLessThanOrEqualTo(WireframeLockStripes.STRIPES + 1); // + the signing secret's
        assertThat(names).contains("io.plainframe.wf.secret");
    }

    /** Negative control: the same work with a lock per name, as before, takes thousands of names. */
    @Test
    void withoutStripesTheSameWorkUsesALockNamePerWireframe() {
        assertThat(lockNamesOfCreatingAndSaving(recorder())).hasSizeGreaterThan(WIREFRAMES);
    }

    @Test
    void otherNamesAreTakenAsTheyAreAndOneNameAlwaysGetsTheSameStripe() {
        assertThat(WireframeLockStripes.nameFor("io.plainframe.licensing.state")).isEqualTo(
                "io.plainframe.licensing.state");
        assertThat(WireframeLockStripes.nameFor("io.plainframe.wf.secret")).isEqualTo("io.plainframe.wf.secret");
        assertThat(WireframeLockStripes.nameFor("io.plainframe.wf.doc.login"))
                .isEqualTo(WireframeLockStripes.nameFor("io.plainframe.wf.doc.login"))
                .startsWith(WireframeLockStripes.STRIPE_PREFIX);
        assertThat(WireframeLockStripes.nameFor("io.plainframe.confluence.wireframe.login"))
                .startsWith(WireframeLockStripes.STRIPE_PREFIX);
    }

    private ClusterLocks recorder() {
        return new ClusterLocks() {
            @Override
            public <T> T locked(String name, Supplier<T> action) {
                taken.add(name);
                return values.locked(name, action);
            }
        };
    }

    private Set<String> lockNamesOfCreatingAndSaving(ClusterLocks locks) {
        ChunkedSettingsStore settings = new ChunkedSettingsStore(values, locks, "io.plainframe.");
        IndexedWireframeStore store = new IndexedWireframeStore(settings, new SignedWireframeDocuments(settings,
                new SettingsWireframeDocuments(settings), "jira", new SecureRandom()),
                issue -> Optional.of(issue));
        for (int i = 0; i < WIREFRAMES; i++) {
            WireframeId id = store.create(new WireframeId("wf" + i), "1" + (i % 300), "{}", "key-ann").orElseThrow()
                    .id();
            assertThat(store.save(id, 1, "{\"v\":2}", "key-ann")).hasValue(2);
        }
        return taken;
    }
}
