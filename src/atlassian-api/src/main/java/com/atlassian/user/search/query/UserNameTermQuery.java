package com.atlassian.user.search.query;

import com.atlassian.user.User;

/** Stand-in for atlassian-user's {@code UserNameTermQuery}. Partial: the constructor with a rule only. */
public class UserNameTermQuery extends AbstractSingleTermQuery<User> implements UserQuery {
    public UserNameTermQuery(String term, String matchingRule) {
        super(term, matchingRule);
    }
}
