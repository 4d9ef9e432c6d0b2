package com.atlassian.user.search.query;

import com.atlassian.user.Entity;

/**
 * Stand-in for atlassian-user's {@code AbstractBooleanQuery}. Partial: the {@code boolean} constructor only, its
 * protected fields kept private, and {@code getQueries()} left to the subclass.
 *
 * @param <T> the kind of entity searched
 */
public abstract class AbstractBooleanQuery<T extends Entity> implements BooleanQuery<T> {
    private final boolean anding;

    protected AbstractBooleanQuery(boolean anding) {
        this.anding = anding;
    }

    @Override
    public boolean isAND() {
        return anding;
    }

    @Override
    public boolean isOR() {
        return !anding;
    }
}
