package io.plainframe.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;
import com.atlassian.user.search.page.Pager;
import io.plainframe.licensing.atlassian.SalGroups;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.host.HostUser;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The Confluence adapters against Mockito mocks of Confluence's services. */
class ConfluenceAdaptersTest {

    private final UserAccessor users = mock(UserAccessor.class);
    private final com.atlassian.sal.api.user.UserManager salUsers = mock(com.atlassian.sal.api.user.UserManager.class);
    private final ConfluenceUserDirectory directory = new ConfluenceUserDirectory(users, new SalGroups(salUsers));

    @Test
    void aGroupIsFoundUnderItsStoredNameAndSearchedByPrefixThroughSal() {
        Group group = mock(Group.class);
        when(group.getName()).thenReturn("Designers");
        when(users.getGroup("designers")).thenReturn(group);
        when(salUsers.findGroupNamesByPrefix("des", 0, 5)).thenReturn(List.of("Designers", "designers-jira"));
        assertThat(directory.findGroup("designers")).contains("Designers");
        assertThat(directory.findGroup("desginers")).isEmpty();
        assertThat(directory.searchGroups("des", 5)).containsExactly("Designers", "designers-jira");
    }

    @Test
    void aFailingGroupLookupMeansTheDirectoryCannotAnswer() {
        when(users.getGroup("designers")).thenThrow(new IllegalStateException("LDAP down"));
        when(salUsers.findGroupNamesByPrefix("des", 0, 5)).thenThrow(new IllegalStateException("LDAP down"));
        assertThatThrownBy(() -> directory.findGroup("designers")).isInstanceOf(HostUnavailableException.class);
        assertThatThrownBy(() -> directory.searchGroups("des", 5)).isInstanceOf(HostUnavailableException.class);
    }

    @Test
    @SuppressWarnings("deprecation")
    void usersAreFoundByKeyOrNameWithConfluencesDeactivation() {
        ConfluenceUser alice = user("alice");
        when(users.getUserByKey(new UserKey("key-alice"))).thenReturn(alice);
        when(users.getUserByName("alice")).thenReturn(alice);
        when(users.isDeactivated(alice)).thenReturn(true);
        assertThat(directory.findByKey("key-alice")).contains(new HostUser("key-alice", "alice", "Alice A",
                "alice@example.com", false));
        assertThat(directory.findByName("alice")).isPresent();
        assertThat(directory.findByName("nobody")).isEmpty();
    }

    @Test
    void groupMembersAreListedAndAMissingGroupHasNone() {
        Group group = mock(Group.class);
        @SuppressWarnings("unchecked")
        Pager<String> names = mock(Pager.class);
        when(names.iterator()).thenAnswer(call -> List.of("alice", "ghost").iterator());
        when(users.getGroup("plainframe-editors")).thenReturn(group);
        when(users.getMemberNames(group)).thenReturn(names);
        ConfluenceUser alice = user("alice");
        when(users.getUserByName("alice")).thenReturn(alice);
        assertThat(directory.membersOf("plainframe-editors")).extracting(HostUser::username).containsExactly("alice");
        assertThat(directory.membersOf("no-such-group")).isEmpty();
    }

    @Test
    void aDirectoryThatFailsIsAnOutageNotAnAnswer() {
        when(users.getUserByKey(any())).thenThrow(new IllegalStateException("LDAP timeout"));
        assertThatThrownBy(() -> directory.findByKey("key-alice")).isInstanceOf(HostUnavailableException.class);
    }

    @Test
    void pagePermissionsAreConfluencesOwn() {
        PageManager pages = mock(PageManager.class);
        PermissionManager permissions = mock(PermissionManager.class);
        AbstractPage page = mock(AbstractPage.class);
        ConfluenceUser alice = user("alice");
        when(users.getUserByKey(new UserKey("key-alice"))).thenReturn(alice);
        when(pages.getAbstractPage(42L)).thenReturn(page);
        when(permissions.hasPermission(eq(alice), eq(Permission.VIEW), eq((Object) page))).thenReturn(true);
        ConfluencePagePermissions content = new ConfluencePagePermissions(pages, permissions, users);
        assertThat(content.mayView("key-alice", "42")).isTrue();
        assertThat(content.mayEdit("key-alice", "42")).isFalse();
        assertThat(content.mayView("key-alice", "43")).as("no such page").isFalse();
        assertThat(content.mayView("key-alice", "not-a-number")).isFalse();
        assertThat(content.mayView("key-ghost", "42")).as("no such user").isFalse();
    }

    /** Issue 13: a page id in another spelling is not that page, so no wireframe is ever kept under one. */
    @Test
    void onlyTheCanonicalSpellingOfAPageIdNamesThePage() {
        PageManager pages = mock(PageManager.class);
        PermissionManager permissions = mock(PermissionManager.class);
        AbstractPage page = mock(AbstractPage.class);
        when(page.getId()).thenReturn(1001L);
        ConfluenceUser alice = user("alice");
        when(users.getUserByKey(new UserKey("key-alice"))).thenReturn(alice);
        when(pages.getAbstractPage(1001L)).thenReturn(page);
        when(permissions.hasPermission(eq(alice), any(Permission.class), eq((Object) page))).thenReturn(true);
        ConfluencePagePermissions content = new ConfluencePagePermissions(pages, permissions, users);

        assertThat(content.mayEdit("key-alice", "1001")).isTrue();
        for (String other : OTHER_SPELLINGS) {
            assertThat(content.mayView("key-alice", other)).as("\"%s\"", other).isFalse();
        }
        checkOnlyTheCanonicalSpellingNamesThePage(new ConfluencePages(pages)::page);
        assertThat(new ConfluencePages(pages).stableId("01001")).as("an older build's record").contains("1001");
        assertThat(new ConfluencePages(pages).stableId("1001")).contains("1001");
        assertThat(new ConfluencePages(pages).stableId("1002")).isEmpty();
    }

    private static final List<String> OTHER_SPELLINGS = List.of("01001", "+1001", " 1001", "1001 ", "1001\n", "-0",
            "0");

    private static void checkOnlyTheCanonicalSpellingNamesThePage(Function<String, Optional<?>> page) {
        for (String other : OTHER_SPELLINGS) {
            assertThat(page.apply(other)).as("\"%s\"", other).isEmpty();
        }
    }

    @Test
    void theCanonicalSpellingCheckFailsOnPagesLookedUpByAnyNumberThatParses() {
        // The adapter before the fix, planted: a page id read as any number Long.parseLong takes, so "01001" and
        // "+1001" named page 1001.
        PageManager pages = mock(PageManager.class);
        AbstractPage page = mock(AbstractPage.class);
        when(pages.getAbstractPage(1001L)).thenReturn(page);
        Function<String, Optional<?>> anyNumber = id -> {
            try {
                return Optional.ofNullable(pages.getAbstractPage(Long.parseLong(id)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        };
        assertThatThrownBy(() -> checkOnlyTheCanonicalSpellingNamesThePage(anyNumber))
                .isInstanceOf(AssertionError.class).hasMessageContaining("\"01001\"");
    }

    /** Issue 15: a Confluence without the deprecated deactivation check still lists its users (as active). */
    @Test
    @SuppressWarnings("deprecation")
    void aConfluenceWithoutIsDeactivatedDegradesToActiveUsersInsteadOfBreakingTheSync() {
        ConfluenceUser alice = user("alice");
        when(users.getUserByName("alice")).thenReturn(alice);
        when(users.isDeactivated(any(com.atlassian.user.User.class)))
                .thenThrow(new NoSuchMethodError("UserAccessor.isDeactivated(User)"));
        assertThat(directory.findByName("alice")).map(HostUser::active).contains(true);
        assertThat(directory.findByName("alice")).as("asked again").map(HostUser::active).contains(true);
        verify(users, times(1)).isDeactivated(any(com.atlassian.user.User.class));
    }

    /** Issue 15: without the deprecated page lookup Confluence cannot answer, which is not "no such page". */
    @Test
    @SuppressWarnings("deprecation")
    void aConfluenceWithoutGetAbstractPageIsAnOutageNotALinkageError() {
        PageManager pages = mock(PageManager.class);
        when(pages.getAbstractPage(anyLong())).thenThrow(new NoSuchMethodError("PageManager.getAbstractPage(long)"));
        ConfluencePagePermissions content = new ConfluencePagePermissions(pages, mock(PermissionManager.class),
                users);
        assertThatThrownBy(() -> content.mayView("key-alice", "42")).isInstanceOf(HostUnavailableException.class)
                .hasCauseInstanceOf(NoSuchMethodError.class);
        assertThatThrownBy(() -> new ConfluencePages(pages).stableId("42"))
                .isInstanceOf(HostUnavailableException.class);
    }

    private static ConfluenceUser user(String name) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getKey()).thenReturn(new UserKey("key-" + name));
        when(user.getName()).thenReturn(name);
        when(user.getFullName()).thenReturn("Alice A");
        when(user.getEmail()).thenReturn(name + "@example.com");
        return user;
    }
}
