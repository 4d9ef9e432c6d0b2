package com.atlassian.user.search.query;

import com.atlassian.user.User;

/** Stand-in for atlassian-user's {@code EmailTermQuery}. Partial: the constructor with a rule only. */
public class EmailTermQuery extends AbstractSingleTermQuery<User> implements UserQuery {
    public EmailTermQuery(String term, String matchingRule) {
        super(term, matchingRule);
    }
}
