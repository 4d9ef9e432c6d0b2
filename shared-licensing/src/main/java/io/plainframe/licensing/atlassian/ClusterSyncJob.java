package io.plainframe.licensing.atlassian;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * The periodic directory sync, run once per interval across the whole cluster by the host's atlassian-scheduler
 * ({@link RunMode#RUN_ONCE_PER_CLUSTER}), not on every node. The runner is registered while the plugin runs; the
 * job stays scheduled when a node stops (the other nodes still run it), and scheduling it again at start replaces
 * it under the same id.
 */
public final class ClusterSyncJob {

    /** Between two syncs of the cluster; the host directory's events bring changes within seconds meanwhile. */
    static final long INTERVAL_MILLIS = 60_000;

    private static final System.Logger LOG = System.getLogger(ClusterSyncJob.class.getName());

    private final SchedulerService scheduler;
    private final JobRunnerKey runner;
    private final JobId job;
    private final BooleanSupplier sync;
    private final Clock clock;

    /**
     * @param product names the runner and the job, one of each per product
     * @param sync    syncs on this node, in a host transaction of its own; false when it could not
     */
    public ClusterSyncJob(SchedulerService scheduler, String product, BooleanSupplier sync, Clock clock) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.runner = JobRunnerKey.of("io.plainframe." + product + ".directory-sync");
        this.job = JobId.of("io.plainframe." + product + ".directory-sync");
        this.sync = Objects.requireNonNull(sync, "sync");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Registers the runner and schedules the job, its first run one interval from now (the start just synced). */
    public void schedule() {
        scheduler.registerJobRunner(runner, request -> {
            // Not a failure when the directory cannot answer: the roster stays as it was until the next run.
            return sync.getAsBoolean() ? JobRunnerResponse.success()
                    : JobRunnerResponse.aborted("Plainframe's directory sync waits for the next run");
        });
        try {
            scheduler.scheduleJob(job, JobConfig.forJobRunnerKey(runner).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(INTERVAL_MILLIS, new Date(clock.millis() + INTERVAL_MILLIS))));
        } catch (SchedulerServiceException e) {
            LOG.log(System.Logger.Level.WARNING, "Plainframe could not schedule its directory sync; the host's "
                    + "directory events and each start still sync: " + e.getMessage());
        }
    }

    /** Takes the runner away (a disabled plugin's code must not run); the job stays for the other nodes. */
    public void unregister() {
        scheduler.unregisterJobRunner(runner);
    }

    JobRunnerKey runnerKey() {
        return runner;
    }

    JobId jobId() {
        return job;
    }
}
