package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;

/** Stand-in for atlassian-scheduler's {@code IntervalScheduleInfo}. Partial: no {@code toString}. */
public final class IntervalScheduleInfo {

    private final Date firstRunTime;
    private final long intervalInMillis;

    IntervalScheduleInfo(Date firstRunTime, long intervalInMillis) {
        if (intervalInMillis < 0) {
            throw new IllegalArgumentException("intervalInMillis must not be negative");
        }
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
        this.intervalInMillis = intervalInMillis;
    }

    /** @return when the job first runs, or {@code null} for as soon as possible */
    public Date getFirstRunTime() {
        return firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    /** @return the time between runs; 0 for a job that runs once */
    public long getIntervalInMillis() {
        return intervalInMillis;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof IntervalScheduleInfo other && intervalInMillis == other.intervalInMillis
                && Objects.equals(firstRunTime, other.firstRunTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstRunTime, intervalInMillis);
    }
}
