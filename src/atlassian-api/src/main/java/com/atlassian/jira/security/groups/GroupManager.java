package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/** Stand-in for Jira's {@code GroupManager}. Partial and UNVERIFIED for 9.12; see the module README. */
public interface GroupManager {
    /** Names of all users in the group, nested groups included. */
    Collection<String> getUserNamesInGroup(String groupName);

    /** All users in the group, nested groups included. */
    Collection<ApplicationUser> getUsersInGroup(String groupName);
}
