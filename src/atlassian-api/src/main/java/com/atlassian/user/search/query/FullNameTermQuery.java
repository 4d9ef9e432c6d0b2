package com.atlassian.user.search.query;

import com.atlassian.user.User;

/** Stand-in for atlassian-user's {@code FullNameTermQuery}. Partial: the constructor with a rule only. */
public class FullNameTermQuery extends AbstractSingleTermQuery<User> implements UserQuery {
    public FullNameTermQuery(String term, String matchingRule) {
        super(term, matchingRule);
    }
}
