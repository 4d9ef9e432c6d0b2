package io.plainframe.bench;

import io.plainframe.licensing.access.AccessSnapshot;
import io.plainframe.licensing.seat.Roster;
import java.util.HashSet;
import java.util.List;
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
 * Rebuilding the access snapshot after a change (10,000 editors among 100,000 users), against building a
 * {@code HashSet} of the same 10,000 names. Target: at most 5 times the baseline. {@link #rebuildWithRoster}
 * adds putting the roster in seat order (sort and index), which a change does once before the rebuild.
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

    @Setup
    public void setUp() {
        scenario = new Scenario();
        names = scenario.editorKeys;
    }

    @Benchmark
    public AccessSnapshot rebuild() {
        return scenario.snapshot();
    }

    @Benchmark
    public Set<String> hashSetBuild() {
        return new HashSet<>(names);
    }

    @Benchmark
    public AccessSnapshot rebuildWithRoster() {
        return AccessSnapshot.of(scenario.state.withRoster(Roster.of(scenario.editors)), scenario.license, 1,
                scenario.today);
    }
}
