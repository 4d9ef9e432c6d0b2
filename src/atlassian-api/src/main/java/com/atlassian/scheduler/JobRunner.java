package com.atlassian.scheduler;

/** Stand-in for atlassian-scheduler's {@code JobRunner} ({@code @PublicSpi}): what a scheduled job runs. */
public interface JobRunner {

    /** @return how the run went; {@code null} counts as success */
    JobRunnerResponse runJob(JobRunnerRequest request);
}
