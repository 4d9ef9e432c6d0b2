package com.atlassian.user.search.query;

import com.atlassian.user.Entity;

/**
 * Stand-in for atlassian-user's {@code AbstractSingleTermQuery}. Partial: the constructor with a rule only (not the
 * exact-match one), and its protected fields kept private. Like the real one, it refuses an unknown rule.
 *
 * @param <T> the kind of entity searched
 */
public class AbstractSingleTermQuery<T extends Entity> implements TermQuery<T> {
    private final String term;
    private final String matchingRule;

    public AbstractSingleTermQuery(String term, String matchingRule) {
        if (!SUBSTRING_CONTAINS.equals(matchingRule) && !"starts_with".equals(matchingRule)
                && !"ends_with".equals(matchingRule)) {
            throw new IllegalArgumentException("Invalid substring matching rule: " + matchingRule);
        }
        this.term = term;
        this.matchingRule = matchingRule;
    }

    @Override
    public String getTerm() {
        return term;
    }

    @Override
    public String getMatchingRule() {
        return matchingRule;
    }
}
