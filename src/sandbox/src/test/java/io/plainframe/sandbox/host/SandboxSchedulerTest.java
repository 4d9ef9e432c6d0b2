package io.plainframe.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.plainframe.sandbox.Database;
import java.nio.file.Path;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox's atlassian-scheduler on two nodes over one database: a job scheduled to run once per cluster runs
 * once per interval in all, whichever node has it, and the check catches a scheduler that runs it on every node.
 */
class SandboxSchedulerTest {

    private static final JobRunnerKey RUNNER = JobRunnerKey.of("test.runner");
    private static final JobId JOB = JobId.of("test.job");
    private static final long INTERVAL_MILLIS = 200;
    private static final long WINDOW_MILLIS = 2_000;
    private static final int EXPECTED = (int) (WINDOW_MILLIS / INTERVAL_MILLIS);

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
    void aJobForTheClusterRunsOncePerIntervalAcrossTwoNodes() throws Exception {
        Runs runs = runFor(false);
        assertThat(runs.total()).as("runs of both nodes: %s", runs).isBetween(EXPECTED - 3, EXPECTED + 1);
    }

    @Test
    void theCheckCatchesAJobRunOnEveryNode() throws Exception {
        Runs runs = runFor(true);
        assertThat(runs.total()).as("runs of both nodes: %s", runs).isGreaterThan(EXPECTED + 1);
        assertThat(runs.a()).isPositive();
        assertThat(runs.b()).isPositive();
    }

    /** How often each node ran the job. */
    record Runs(int a, int b) {
        int total() {
            return a + b;
        }
    }

    private Runs runFor(boolean perNode) throws Exception {
        AtomicInteger a = new AtomicInteger();
        AtomicInteger b = new AtomicInteger();
        SandboxScheduler nodeA = new SandboxScheduler(database, "confluence", "a", 1, perNode);
        SandboxScheduler nodeB = new SandboxScheduler(database, "confluence", "b", 1, perNode);
        try {
            nodeA.registerJobRunner(RUNNER, request -> {
                a.incrementAndGet();
                return JobRunnerResponse.success();
            });
            nodeB.registerJobRunner(RUNNER, request -> {
                b.incrementAndGet();
                return JobRunnerResponse.success();
            });
            JobConfig config = JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(INTERVAL_MILLIS,
                            new Date(System.currentTimeMillis() + INTERVAL_MILLIS)));
            nodeA.scheduleJob(JOB, config);
            nodeB.scheduleJob(JOB, config);
            Thread.sleep(WINDOW_MILLIS + INTERVAL_MILLIS / 2);
            return new Runs(a.get(), b.get());
        } finally {
            nodeA.stop();
            nodeB.stop();
        }
    }
}
