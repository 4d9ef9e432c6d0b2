package com.atlassian.user.search.query;

import com.atlassian.user.Entity;

/**
 * Stand-in for atlassian-user's {@code Query}: a marker for what a search matches.
 *
 * @param <T> the kind of entity searched
 */
public interface Query<T extends Entity> {
}
