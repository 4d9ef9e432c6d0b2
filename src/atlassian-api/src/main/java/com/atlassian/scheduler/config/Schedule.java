package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;

/**
 * Stand-in for atlassian-scheduler's {@code Schedule}. Partial: interval schedules only (not
 * {@code forCronExpression}, {@code getCronScheduleInfo}, {@code toString}).
 */
public final class Schedule {

    private final Type type;
    private final IntervalScheduleInfo intervalScheduleInfo;

    private Schedule(Type type, IntervalScheduleInfo intervalScheduleInfo) {
        this.type = type;
        this.intervalScheduleInfo = intervalScheduleInfo;
    }

    public static Schedule runOnce(Date runTime) {
        return forInterval(0L, runTime);
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(Type.INTERVAL, new IntervalScheduleInfo(firstRunTime, intervalInMillis));
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return intervalScheduleInfo;
    }

    public Type getType() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Schedule other && type == other.type
                && Objects.equals(intervalScheduleInfo, other.intervalScheduleInfo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, intervalScheduleInfo);
    }

    /** How a schedule is given. */
    public enum Type {
        CRON_EXPRESSION,
        INTERVAL
    }
}
