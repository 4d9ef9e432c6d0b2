package com.atlassian.scheduler.config;

/** Stand-in for atlassian-scheduler's {@code RunMode}: on one node of the cluster per run, or on every node. */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
