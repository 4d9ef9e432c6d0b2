package io.plainframe.bench;

import io.plainframe.licensing.access.AccessSnapshot;
import java.util.HashSet;
import java.util.Random;
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
 * The edit decision asked on every page view, for a random one of 100,000 users (10,000 editors), against a
 * plain {@code HashSet<String>.contains} of the editors' keys. Target: at most 1.5 times the baseline and
 * 0 bytes per operation ({@code -prof gc}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class AccessBench {

    private static final int MASK = (1 << 16) - 1;

    private String[] users;
    private int[] picks;
    private int next;
    private AccessSnapshot snapshot;
    private Set<String> editors;

    @Setup
    public void setUp() {
        Scenario scenario = new Scenario();
        users = scenario.userKeys;
        snapshot = scenario.snapshot();
        editors = new HashSet<>(scenario.editorKeys);
        Random random = new Random(7);
        picks = new int[MASK + 1];
        for (int i = 0; i < picks.length; i++) {
            picks[i] = random.nextInt(users.length);
        }
    }

    @Benchmark
    public boolean canEdit() {
        return snapshot.decide(users[picks[next++ & MASK]], true, true).canEdit();
    }

    @Benchmark
    public boolean hashSetContains() {
        return editors.contains(users[picks[next++ & MASK]]);
    }
}
