package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Stand-in for Jira's {@code UserManager} (not SAL's). Partial; see the package documentation. */
public interface UserManager {
    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);
}
