package io.plainframe.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.plainframe.licensing.atlassian.SalGroups;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.host.HostUser;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The Jira adapters against Mockito mocks of Jira's services. */
class JiraAdaptersTest {

    private final UserManager users = mock(UserManager.class);
    private final GroupManager groups = mock(GroupManager.class);
    private final com.atlassian.sal.api.user.UserManager salUsers = mock(com.atlassian.sal.api.user.UserManager.class);
    private final JiraUserDirectory directory = new JiraUserDirectory(users, groups, new SalGroups(salUsers));

    @Test
    void aGroupIsFoundExactlyAmongThoseStartingWithItsNameWhateverTheCase() {
        when(salUsers.findGroupNamesByPrefix("designers", 0, 100)).thenReturn(List.of("Designers", "designers-x"));
        when(salUsers.findGroupNamesByPrefix("design", 0, 100)).thenReturn(List.of("Designers", "designers-x"));
        when(salUsers.findGroupNamesByPrefix("desginers", 0, 100)).thenReturn(List.of());
        assertThat(directory.findGroup("designers")).contains("Designers");
        assertThat(directory.findGroup("design")).as("a prefix is not a group").isEmpty();
        assertThat(directory.findGroup("desginers")).isEmpty();
    }

    @Test
    void aFailingGroupSearchMeansTheDirectoryCannotAnswer() {
        when(salUsers.findGroupNamesByPrefix("des", 0, 5)).thenThrow(new IllegalStateException("LDAP down"));
        assertThatThrownBy(() -> directory.searchGroups("des", 5)).isInstanceOf(HostUnavailableException.class);
    }

    @Test
    void usersAreFoundByKeyOrNameWithJirasActiveFlag() {
        ApplicationUser bob = user("bob", false);
        when(users.getUserByKey("key-bob")).thenReturn(bob);
        when(users.getUserByName("bob")).thenReturn(bob);
        assertThat(directory.findByKey("key-bob")).contains(new HostUser("key-bob", "bob", "Bob B",
                "bob@example.com", false));
        assertThat(directory.findByName("bob")).isPresent();
        assertThat(directory.findByKey("key-nobody")).isEmpty();
    }

    @Test
    void groupMembersAreListed() {
        when(groups.getUserNamesInGroup("plainframe-editors")).thenReturn(List.of("bob", "ghost"));
        ApplicationUser bob = user("bob", true);
        when(users.getUserByName("bob")).thenReturn(bob);
        assertThat(directory.membersOf("plainframe-editors")).extracting(HostUser::username).containsExactly("bob");
    }

    @Test
    void aDirectoryThatFailsIsAnOutageNotAnAnswer() {
        when(groups.getUserNamesInGroup("g")).thenThrow(new IllegalStateException("Crowd down"));
        assertThatThrownBy(() -> directory.membersOf("g")).isInstanceOf(HostUnavailableException.class);
    }

    @Test
    void issuePermissionsAreJirasOwn() {
        IssueManager issues = mock(IssueManager.class);
        PermissionManager permissions = mock(PermissionManager.class);
        MutableIssue issue = mock(MutableIssue.class);
        ApplicationUser bob = user("bob", true);
        when(users.getUserByKey("key-bob")).thenReturn(bob);
        when(issues.getIssueObject("DEMO-1")).thenReturn(issue);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, bob)).thenReturn(true);
        JiraIssuePermissions content = new JiraIssuePermissions(issues, permissions, users);
        assertThat(content.mayView("key-bob", "DEMO-1")).isTrue();
        assertThat(content.mayEdit("key-bob", "DEMO-1")).isFalse();
        assertThat(content.mayView("key-bob", "DEMO-2")).as("no such issue").isFalse();
        assertThat(content.mayView("key-ghost", "DEMO-1")).as("no such user").isFalse();
    }

    @Test
    void anIssueIsFoundByItsIdAsWireframesAreKeptAndByItsKey() {
        IssueManager issues = mock(IssueManager.class);
        PermissionManager permissions = mock(PermissionManager.class);
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(10001L);
        ApplicationUser bob = user("bob", true);
        when(users.getUserByKey("key-bob")).thenReturn(bob);
        when(issues.getIssueObject(10001L)).thenReturn(issue);
        when(issues.getIssueObject("DEMO-1")).thenReturn(issue);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, bob)).thenReturn(true);

        assertThat(new JiraIssuePermissions(issues, permissions, users).mayView("key-bob", "10001")).isTrue();
        checkAnIssueIsKeptByItsId(new JiraIssues(issues)::stableId);
    }

    private static void checkAnIssueIsKeptByItsId(Function<String, Optional<String>> stableId) {
        assertThat(stableId.apply("DEMO-1")).contains("10001");
        assertThat(stableId.apply("10001")).contains("10001");
        assertThat(stableId.apply("010001")).isEmpty();
    }

    @Test
    void theIssueIdCheckFailsOnAnAdapterThatKeepsTheIssuesKey() {
        // The adapter before the fix, planted: an issue found by key or id kept under what it was named by, so a
        // wireframe was owned by its issue's key (lost when the issue moved) and "010001" named issue 10001.
        IssueManager issues = mock(IssueManager.class);
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(10001L);
        when(issue.getKey()).thenReturn("DEMO-1");
        when(issues.getIssueObject("DEMO-1")).thenReturn(issue);
        when(issues.getIssueObject(10001L)).thenReturn(issue);
        Function<String, Optional<String>> asNamed = named -> {
            try {
                return Optional.ofNullable(issues.getIssueObject(Long.parseLong(named))).map(found -> named);
            } catch (NumberFormatException e) {
                return Optional.ofNullable(issues.getIssueObject(named)).map(found -> named);
            }
        };
        assertThatThrownBy(() -> checkAnIssueIsKeptByItsId(asNamed)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("DEMO-1");
    }

    private static ApplicationUser user(String name, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn("key-" + name);
        when(user.getUsername()).thenReturn(name);
        when(user.getDisplayName()).thenReturn("Bob B");
        when(user.getEmailAddress()).thenReturn(name + "@example.com");
        when(user.isActive()).thenReturn(active);
        return user;
    }
}
