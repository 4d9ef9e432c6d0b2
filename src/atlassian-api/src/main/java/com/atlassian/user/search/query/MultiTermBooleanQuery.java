package com.atlassian.user.search.query;

import com.atlassian.user.Entity;
import java.util.Arrays;
import java.util.List;

/**
 * Stand-in for atlassian-user's {@code MultiTermBooleanQuery}. Partial: {@code anyOf} only (not {@code allOf}).
 *
 * @param <T> the kind of entity searched
 */
public class MultiTermBooleanQuery<T extends Entity> extends AbstractBooleanQuery<T> {
    private final Query<T>[] collatedQueries;

    public MultiTermBooleanQuery(Query<T>[] collatedQueries, boolean anding) {
        super(anding);
        this.collatedQueries = collatedQueries;
    }

    @Override
    public List<Query<T>> getQueries() {
        return Arrays.asList(collatedQueries);
    }

    /** Not {@code @SafeVarargs} in the real class, so callers see an unchecked warning. */
    @SuppressWarnings("unchecked")
    public static <T extends Entity> Query<T> anyOf(Query<T>... queries) {
        return new MultiTermBooleanQuery<>(queries, false);
    }
}
