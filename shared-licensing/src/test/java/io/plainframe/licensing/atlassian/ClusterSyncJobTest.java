package io.plainframe.licensing.atlassian;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.RunOutcome;
import io.plainframe.licensing.Fixtures;
import io.plainframe.licensing.host.FakeUserDirectory;
import io.plainframe.licensing.host.InMemoryKeyValueStore;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClusterSyncJobTest {

    /** The host's scheduler as far as the job sees it: registered runners and scheduled jobs. */
    private static final class RecordingScheduler implements SchedulerService {
        final Map<JobRunnerKey, JobRunner> runners = new HashMap<>();
        final Map<JobId, JobConfig> jobs = new HashMap<>();

        @Override
        public void registerJobRunner(JobRunnerKey key, JobRunner runner) {
            runners.put(key, runner);
        }

        @Override
        public void unregisterJobRunner(JobRunnerKey key) {
            runners.remove(key);
        }

        @Override
        public Set<JobRunnerKey> getRegisteredJobRunnerKeys() {
            return runners.keySet();
        }

        @Override
        public void scheduleJob(JobId id, JobConfig config) {
            jobs.put(id, config);
        }

        @Override
        public void unscheduleJob(JobId id) {
            jobs.remove(id);
        }

        RunOutcome run(JobId id) {
            JobConfig config = jobs.get(id);
            return runners.get(config.getJobRunnerKey()).runJob(new JobRunnerRequest() {
                @Override
                public Date getStartTime() {
                    return new Date();
                }

                @Override
                public JobId getJobId() {
                    return id;
                }

                @Override
                public JobConfig getJobConfig() {
                    return config;
                }

                @Override
                public boolean isCancellationRequested() {
                    return false;
                }
            }).getRunOutcome();
        }
    }

    private final RecordingScheduler scheduler = new RecordingScheduler();

    @Test
    void theSyncIsAJobRunOncePerClusterEveryMinuteFromAMinuteAfterTheStart() {
        ClusterSyncJob job = new ClusterSyncJob(scheduler, "confluence", () -> true, Fixtures.CLOCK);
        job.schedule();

        JobConfig config = scheduler.jobs.get(job.jobId());
        assertThat(config.getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(config.getJobRunnerKey()).isEqualTo(job.runnerKey());
        assertThat(config.getSchedule().getIntervalScheduleInfo().getIntervalInMillis()).isEqualTo(60_000);
        assertThat(config.getSchedule().getIntervalScheduleInfo().getFirstRunTime())
                .isEqualTo(new Date(Fixtures.CLOCK.millis() + 60_000));
        assertThat(scheduler.runners).containsKey(job.runnerKey());
    }

    @Test
    void aRunSyncsTheDirectoryOnTheNodeThatHasIt() {
        FakeUserDirectory directory = new FakeUserDirectory();
        directory.add("carol");
        PlainframeRuntime node = RuntimeForTests.runtime(directory, new InMemoryKeyValueStore(), Fixtures.CLOCK);
        ClusterSyncJob job = new ClusterSyncJob(scheduler, "confluence", node::syncNow, Fixtures.CLOCK);
        job.schedule();
        directory.join("plainframe-editors", "carol");

        assertThat(scheduler.run(job.jobId())).isEqualTo(RunOutcome.SUCCESS);
        assertThat(node.snapshots().current().state().roster().find("key-carol")).isPresent();
    }

    @Test
    void aSyncThatCannotReadTheDirectoryIsReportedAsAborted() {
        ClusterSyncJob job = new ClusterSyncJob(scheduler, "jira", () -> false, Fixtures.CLOCK);
        job.schedule();
        assertThat(scheduler.run(job.jobId())).isEqualTo(RunOutcome.ABORTED);
    }

    @Test
    void aStoppedPluginTakesItsRunnerAwayAndLeavesTheJobToTheOtherNodes() {
        ClusterSyncJob job = new ClusterSyncJob(scheduler, "jira", () -> true, Fixtures.CLOCK);
        job.schedule();
        job.unregister();
        assertThat(scheduler.runners).isEmpty();
        assertThat(scheduler.jobs).containsKey(job.jobId());
    }
}
