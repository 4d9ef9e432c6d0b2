package io.plainframe.jira;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.plainframe.licensing.atlassian.SalGroups;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.host.HostUser;
import io.plainframe.licensing.host.UserDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Jira's users and groups: a user's {@code isActive} is Jira's own deactivation flag. Any exception from Jira
 * means the directory cannot answer now, never "no such user".
 */
public final class JiraUserDirectory implements UserDirectory {

    private final UserManager users;
    private final GroupManager groups;
    private final SalGroups salGroups;

    public JiraUserDirectory(UserManager users, GroupManager groups, SalGroups salGroups) {
        this.users = Objects.requireNonNull(users, "users");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.salGroups = Objects.requireNonNull(salGroups, "salGroups");
    }

    @Override
    public Optional<HostUser> findByKey(String userKey) {
        return ask(() -> Optional.ofNullable(users.getUserByKey(userKey)).map(JiraUserDirectory::toHostUser));
    }

    @Override
    public Optional<HostUser> findByName(String username) {
        return ask(() -> Optional.ofNullable(users.getUserByName(username)).map(JiraUserDirectory::toHostUser));
    }

    @Override
    public List<HostUser> membersOf(String group) {
        return ask(() -> {
            List<HostUser> members = new ArrayList<>();
            Collection<String> names = groups.getUserNamesInGroup(group);
            if (names == null) {
                return members;
            }
            for (String name : names) {
                ApplicationUser user = users.getUserByName(name);
                if (user != null) {
                    members.add(toHostUser(user));
                }
            }
            return members;
        });
    }

    /** Exact names only: the admin page's user picker searches through Jira's own REST API. */
    @Override
    public List<HostUser> search(String query, int limit) {
        return findByName(query).map(List::of).orElse(List.of());
    }

    /** Through SAL: Jira's own {@code GroupManager} lookups are not in the verified stand-in. */
    @Override
    public Optional<String> findGroup(String name) {
        return ask(() -> salGroups.find(name));
    }

    @Override
    public List<String> searchGroups(String prefix, int limit) {
        return ask(() -> salGroups.search(prefix, limit));
    }

    private static HostUser toHostUser(ApplicationUser user) {
        return new HostUser(user.getKey(), user.getUsername(), user.getDisplayName(), user.getEmailAddress(),
                user.isActive());
    }

    private static <T> T ask(Supplier<T> question) {
        try {
            return question.get();
        } catch (RuntimeException e) {
            throw new HostUnavailableException("Jira's user directory could not answer", e);
        }
    }
}
