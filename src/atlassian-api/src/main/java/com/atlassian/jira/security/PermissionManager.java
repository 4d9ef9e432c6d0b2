package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Stand-in for Jira's {@code PermissionManager} (not Confluence's). Partial; see the package documentation. */
public interface PermissionManager {
    /** Whether {@code user} (null: anonymous) holds the project permission on the issue. */
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}
