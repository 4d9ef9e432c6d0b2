package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/** Stand-in for atlassian-scheduler's {@code JobId}: a name, compared by its text. */
public final class JobId implements Serializable, Comparable<JobId> {

    private static final long serialVersionUID = 1L;

    private final String id;

    private JobId(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o != null && o.getClass() == getClass() && ((JobId) o).id.equals(id);
    }

    @Override
    public int compareTo(JobId o) {
        return id.compareTo(o.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
