package com.atlassian.user.search.query;

import com.atlassian.user.Entity;

/**
 * Stand-in for atlassian-user's {@code TermQuery}. Partial: of the rule constants only {@code SUBSTRING_CONTAINS}
 * (the real one also has {@code SUBSTRING_STARTS_WITH}, {@code SUBSTRING_ENDS_WITH}, {@code WILDCARD}), and not
 * {@code isMatchingSubstring()}.
 *
 * @param <T> the kind of entity searched
 */
public interface TermQuery<T extends Entity> extends Query<T> {
    String SUBSTRING_CONTAINS = "contains";

    String getTerm();

    /** The substring rule, or null for an exact match. */
    String getMatchingRule();
}
