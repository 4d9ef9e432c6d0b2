package com.atlassian.user.search.query;

import com.atlassian.user.User;

/** Stand-in for atlassian-user's {@code UserQuery}. */
public interface UserQuery extends Query<User> {
}
