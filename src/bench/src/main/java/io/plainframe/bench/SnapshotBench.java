package io.plainframe.bench;

import io.plainframe.licensing.access.AccessSnapshot;
import io.plainframe.licensing.access.AccessSnapshots;
import io.plainframe.licensing.seat.Roster;
import io.plainframe.licensing.state.StateStore;
import io.plainframe.licensing.store.ChunkedSettingsStore;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rebuilding the access snapshot for 10,000 editors (among 100,000 users) from the editors as the stored state
 * lists them, including indexing them by user key, against building a {@code HashSet} of the same 10,000
 * names (target: at most 5 times). For the record, not against a target: {@link #rebuildFromUnsorted} (the
 * editors in random order, so they must be sorted first) and {@link #refreshFromStore} (what another cluster
 * node does: read and decode the stored state, about 1.9 MB of JSON, then rebuild).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class SnapshotBench {

    private Scenario scenario;
    private List<String> names;
    private AccessSnapshots snapshots;

    @Setup
    public void setUp() {
        scenario = new Scenario();
        names = scenario.editorKeys;
        InMemorySettings settings = new InMemorySettings();
        StateStore store = new StateStore(new ChunkedSettingsStore(settings, settings, "io.plainframe."));
        store.update(loaded -> StateStore.Change.write(scenario.state, "stored"));
        snapshots = new AccessSnapshots(store, scenario.validator, Optional::empty, scenario.clock);
    }

    @Benchmark
    public AccessSnapshot rebuild() {
        return AccessSnapshot.of(scenario.state.withRoster(Roster.of(scenario.storedOrder)), scenario.license, 1,
                scenario.today);
    }

    @Benchmark
    public AccessSnapshot refreshFromStore() {
        return snapshots.refresh();
    }

    @Benchmark
    public Set<String> hashSetBuild() {
        return new HashSet<>(names);
    }

    @Benchmark
    public AccessSnapshot rebuildFromUnsorted() {
        return AccessSnapshot.of(scenario.state.withRoster(Roster.of(scenario.editors)), scenario.license, 1,
                scenario.today);
    }
}
