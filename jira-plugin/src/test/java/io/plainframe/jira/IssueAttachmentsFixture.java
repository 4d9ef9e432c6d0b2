package io.plainframe.jira;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.plainframe.licensing.host.ClusterLocks;
import io.plainframe.wireframes.store.WireframeId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

/** DEMO-1 (id 10001) with its attachments kept as Jira keeps them; Ann and Bob may attach files to it, Carl may not. */
abstract class IssueAttachmentsFixture {

    static final WireframeId DEMO = new WireframeId("demo");
    static final long ISSUE_ID = 10001;

    final IssueAttachments attachments = new IssueAttachments();
    final IssueManager issueManager = mock(IssueManager.class);
    final PermissionManager permissions = mock(PermissionManager.class);
    final UserManager users = mock(UserManager.class);
    final List<String> locksTaken = new ArrayList<>();
    final ClusterLocks locks = new ClusterLocks() {
        @Override
        public <T> T locked(String name, Supplier<T> action) {
            locksTaken.add(name);
            return action.get();
        }
    };
    final AttachmentWireframeDocuments documents = new AttachmentWireframeDocuments(attachments,
            new JiraIssues(issueManager), locks, permissions, users);

    @BeforeEach
    void demo1ExistsAndAnnAndBobMayAttachFilesToItButCarlMayNot() {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(ISSUE_ID);
        when(issue.getKey()).thenReturn("DEMO-1");
        when(issueManager.getIssueObject(ISSUE_ID)).thenReturn(issue);
        when(issueManager.getIssueObject("DEMO-1")).thenReturn(issue);
        for (String name : List.of("ann", "bob", "carl")) {
            ApplicationUser user = mock(ApplicationUser.class);
            when(user.getKey()).thenReturn("key-" + name);
            when(users.getUserByKey("key-" + name)).thenReturn(user);
            when(permissions.hasPermission(ProjectPermissions.CREATE_ATTACHMENTS, issue, user))
                    .thenReturn(!"carl".equals(name));
        }
    }

}
