package io.plainframe.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.plainframe.licensing.host.ContentPermissions;
import java.util.Objects;

/**
 * What Jira lets a user do with an issue, identified by its id ({@code 10001}, as wireframes are kept) or key
 * ({@code DEMO-1}, as pages show it): browse the project to view,
 * edit issues to edit. Plainframe never grants more than Jira does; an unknown issue is neither.
 */
public final class JiraIssuePermissions implements ContentPermissions {

    private final JiraIssues issues;
    private final PermissionManager permissions;
    private final UserManager users;

    public JiraIssuePermissions(IssueManager issues, PermissionManager permissions, UserManager users) {
        this.issues = new JiraIssues(issues);
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public boolean mayView(String userKey, String contentId) {
        return allows(userKey, contentId, ProjectPermissions.BROWSE_PROJECTS);
    }

    @Override
    public boolean mayEdit(String userKey, String contentId) {
        return allows(userKey, contentId, ProjectPermissions.EDIT_ISSUES);
    }

    private boolean allows(String userKey, String contentId, ProjectPermissionKey permission) {
        MutableIssue issue = issues.issue(contentId).orElse(null);
        if (issue == null) {
            return false;
        }
        ApplicationUser user = userKey == null ? null : users.getUserByKey(userKey);
        if (userKey != null && user == null) {
            return false;
        }
        return permissions.hasPermission(permission, issue, user);
    }
}
