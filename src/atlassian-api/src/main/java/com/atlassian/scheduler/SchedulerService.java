package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import java.util.Set;

/**
 * Stand-in for atlassian-scheduler's {@code SchedulerService}. Partial: not
 * {@code getJobRunnerKeysForAllScheduledJobs}, {@code scheduleJobWithGeneratedId}, {@code calculateNextRunTime},
 * {@code getJobDetails},
 * {@code getJobsByJobRunnerKey(s)} (they need {@code JobDetails}, which is not copied).
 */
public interface SchedulerService {

    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    Set<JobRunnerKey> getRegisteredJobRunnerKeys();

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);
}
