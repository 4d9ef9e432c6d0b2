package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/** Stand-in for atlassian-scheduler's {@code JobRunnerKey}: a name, compared by its text. */
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {

    private static final long serialVersionUID = 1L;

    private final String key;

    private JobRunnerKey(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o != null && o.getClass() == getClass() && ((JobRunnerKey) o).key.equals(key);
    }

    @Override
    public int compareTo(JobRunnerKey o) {
        return key.compareTo(o.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
