package com.atlassian.user.search.query;

import com.atlassian.user.Entity;
import java.util.List;

/**
 * Stand-in for atlassian-user's {@code BooleanQuery}. Partial: not the {@code AND}/{@code OR} constants.
 *
 * @param <T> the kind of entity searched
 */
public interface BooleanQuery<T extends Entity> extends Query<T> {
    boolean isAND();

    boolean isOR();

    List<Query<T>> getQueries();
}
