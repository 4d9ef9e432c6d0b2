/**
 * Stand-in for atlassian-scheduler's API ({@code com.atlassian.scheduler:atlassian-scheduler-api:4.1.0}, DF folder
 * {@code com.atlassian.scheduler_atlassian-scheduler-api-4.1.0}); see the module README for sources.
 */
package com.atlassian.scheduler;
