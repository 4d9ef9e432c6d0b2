package io.plainframe.sandbox.host;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.plainframe.sandbox.Database;
import java.sql.SQLException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * atlassian-scheduler as a Data Center host runs it, over the sandbox's shared database: a
 * {@link RunMode#RUN_ONCE_PER_CLUSTER} job is a row of {@code scheduled_jobs} that every node looks at, and a run
 * is had by the one node whose compare-and-set moved the row's next run time on; a {@code RUN_LOCALLY} job lives in
 * this node's memory and runs on each node. Only a node with the job's runner registered claims a run. Each run is
 * recorded in {@code scheduler_runs} with the node that made it, for tests.
 *
 * <p>Two test seams, both host-side: {@code speedup} divides every delay and interval (a one-minute job runs every
 * second at 60), and {@code perNode} runs cluster jobs on every node, as the plugin's own executor did before
 * (the negative control of the once-per-cluster test).
 */
public final class SandboxScheduler implements SchedulerService {

    /** How often each node looks for due jobs. */
    static final long POLL_MILLIS = 50;

    private final Database database;
    private final String host;
    private final String node;
    private final long speedup;
    private final boolean perNode;
    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, LocalJob> local = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker;

    /** A job of this node's own: its configuration and next run, in this node's time. */
    private record LocalJob(JobConfig config, long nextRun) {
    }

    /**
     * @param node    names this node in the runs it records
     * @param speedup divides delays and intervals (1 for real time)
     * @param perNode runs cluster jobs on every node (a negative control)
     */
    public SandboxScheduler(Database database, String host, String node, long speedup, boolean perNode) {
        this.database = database;
        this.host = host;
        this.node = node;
        this.speedup = Math.max(1, speedup);
        this.perNode = perNode;
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sandbox-scheduler-" + host);
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(this::runDueJobs, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        runners.put(jobRunnerKey, jobRunner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(jobRunnerKey);
    }

    @Override
    public Set<JobRunnerKey> getRegisteredJobRunnerKeys() {
        return Set.copyOf(runners.keySet());
    }

    /** Schedules the job, replacing one of the same id (in the cluster, for a cluster job). */
    @Override
    public void scheduleJob(JobId jobId, JobConfig jobConfig) {
        Schedule schedule = jobConfig.getSchedule();
        if (schedule.getType() != Schedule.Type.INTERVAL) {
            throw new UnsupportedOperationException("the sandbox's scheduler runs interval schedules only");
        }
        long now = System.currentTimeMillis();
        Date first = schedule.getIntervalScheduleInfo().getFirstRunTime();
        long nextRun = now + (first == null ? 0 : Math.max(0, first.getTime() - now) / speedup);
        if (jobConfig.getRunMode() == RunMode.RUN_LOCALLY) {
            local.put(jobId, new LocalJob(jobConfig, nextRun));
            return;
        }
        update("MERGE INTO scheduled_jobs KEY (host, job_id) VALUES (?, ?, ?, ?, ?)", host, jobId.toString(),
                jobConfig.getJobRunnerKey().toString(), schedule.getIntervalScheduleInfo().getIntervalInMillis(),
                nextRun);
        local.put(jobId, new LocalJob(jobConfig, nextRun));
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        local.remove(jobId);
        update("DELETE FROM scheduled_jobs WHERE host = ? AND job_id = ?", host, jobId.toString());
    }

    /** Stops looking for due jobs, waiting for a run in progress, as a host stopping its scheduler does. */
    public void stop() {
        ticker.shutdown();
        try {
            ticker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runDueJobs() {
        try {
            long now = System.currentTimeMillis();
            for (Map.Entry<JobId, LocalJob> entry : local.entrySet()) {
                LocalJob job = entry.getValue();
                if ((job.config().getRunMode() == RunMode.RUN_LOCALLY || perNode) && job.nextRun() <= now) {
                    long interval = job.config().getSchedule().getIntervalScheduleInfo().getIntervalInMillis();
                    if (interval == 0) {
                        local.remove(entry.getKey());
                    } else {
                        local.put(entry.getKey(), new LocalJob(job.config(), now + interval / speedup));
                    }
                    run(entry.getKey(), job.config());
                }
            }
            if (!perNode) {
                runDueClusterJobs(now);
            }
        } catch (RuntimeException e) {
            System.getLogger(SandboxScheduler.class.getName()).log(System.Logger.Level.WARNING,
                    "The sandbox's scheduler could not run its jobs: " + e);
        }
    }

    /** Claims each due cluster job whose runner is here by moving its next run on; only the winner runs it. */
    private void runDueClusterJobs(long now) {
        for (List<String> row : rows("SELECT job_id, runner_key, interval_ms, next_run FROM scheduled_jobs "
                + "WHERE host = ? AND next_run <= ?", host, now)) {
            JobRunnerKey key = JobRunnerKey.of(row.get(1));
            if (!runners.containsKey(key)) {
                continue;
            }
            long interval = Long.parseLong(row.get(2));
            long claimed = interval == 0
                    ? update("DELETE FROM scheduled_jobs WHERE host = ? AND job_id = ? AND next_run = ?", host,
                            row.get(0), Long.parseLong(row.get(3)))
                    : update("UPDATE scheduled_jobs SET next_run = ? WHERE host = ? AND job_id = ? AND next_run = ?",
                            now + interval / speedup, host, row.get(0), Long.parseLong(row.get(3)));
            if (claimed == 1) {
                run(JobId.of(row.get(0)), JobConfig.forJobRunnerKey(key).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                        .withSchedule(Schedule.forInterval(interval, null)));
            }
        }
    }

    private void run(JobId jobId, JobConfig config) {
        JobRunner runner = runners.get(config.getJobRunnerKey());
        if (runner == null) {
            return;
        }
        Date start = new Date();
        update("INSERT INTO scheduler_runs VALUES (?, ?, ?, ?)", host, jobId.toString(), node, start.getTime());
        JobRunnerResponse response = runner.runJob(new JobRunnerRequest() {
            @Override
            public Date getStartTime() {
                return new Date(start.getTime());
            }

            @Override
            public JobId getJobId() {
                return jobId;
            }

            @Override
            public JobConfig getJobConfig() {
                return config;
            }

            @Override
            public boolean isCancellationRequested() {
                return ticker.isShutdown();
            }
        });
        if (response != null && response.getRunOutcome() != com.atlassian.scheduler.status.RunOutcome.SUCCESS) {
            System.getLogger(SandboxScheduler.class.getName()).log(System.Logger.Level.INFO,
                    "Job " + jobId + " on " + node + ": " + response);
        }
    }

    private List<List<String>> rows(String query, Object... parameters) {
        try {
            return database.rows(query, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException("the sandbox database could not answer", e);
        }
    }

    private int update(String statement, Object... parameters) {
        try {
            return database.update(statement, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException("the sandbox database could not write", e);
        }
    }
}
