package com.atlassian.scheduler.status;

/** Stand-in for atlassian-scheduler's {@code RunOutcome}. */
public enum RunOutcome {
    SUCCESS,
    UNAVAILABLE,
    ABORTED,
    FAILED
}
