package io.plainframe.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;
import com.atlassian.user.search.page.Pager;
import io.plainframe.licensing.atlassian.SalGroups;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.host.HostUser;
import io.plainframe.licensing.host.UserDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Confluence's users and groups. Deactivation comes from {@code UserAccessor.isDeactivated} (deprecated in
 * 8.7, still the only public check, and kept behind this one class): a Confluence without it (the method gone,
 * {@code NoSuchMethodError}) degrades to reading every user as active, said once in the log, rather than failing
 * every directory call and with it the sync. Any exception from Confluence means the directory cannot answer now,
 * never "no such user".
 */
public final class ConfluenceUserDirectory implements UserDirectory {

    private static final System.Logger LOG = System.getLogger(ConfluenceUserDirectory.class.getName());

    private final UserAccessor users;
    private final SalGroups groups;
    /** Set once Confluence showed it has no {@code isDeactivated}; not asked again. */
    private volatile boolean noDeactivationCheck;

    public ConfluenceUserDirectory(UserAccessor users, SalGroups groups) {
        this.users = Objects.requireNonNull(users, "users");
        this.groups = Objects.requireNonNull(groups, "groups");
    }

    @Override
    public Optional<HostUser> findByKey(String userKey) {
        return ask(() -> Optional.ofNullable(users.getUserByKey(new UserKey(userKey))).map(this::toHostUser));
    }

    @Override
    public Optional<HostUser> findByName(String username) {
        return ask(() -> Optional.ofNullable(users.getUserByName(username)).map(this::toHostUser));
    }

    @Override
    public List<HostUser> membersOf(String groupName) {
        return ask(() -> {
            Group group = users.getGroup(groupName);
            List<HostUser> members = new ArrayList<>();
            if (group == null) {
                return members;
            }
            Pager<String> names = users.getMemberNames(group);
            for (String name : names) {
                ConfluenceUser user = users.getUserByName(name);
                if (user != null) {
                    members.add(toHostUser(user));
                }
            }
            return members;
        });
    }

    /** Exact names only: the admin page's user picker searches through Confluence's own REST API. */
    @Override
    public List<HostUser> search(String query, int limit) {
        return findByName(query).map(List::of).orElse(List.of());
    }

    /** Confluence's own lookup ({@code UserAccessor.getGroup}), which answers the group's stored name. */
    @Override
    public Optional<String> findGroup(String name) {
        return ask(() -> Optional.ofNullable(users.getGroup(name)).map(Group::getName));
    }

    @Override
    public List<String> searchGroups(String prefix, int limit) {
        return ask(() -> groups.search(prefix, limit));
    }

    private HostUser toHostUser(ConfluenceUser user) {
        return new HostUser(user.getKey().getStringValue(), user.getName(), user.getFullName(), user.getEmail(),
                active(user));
    }

    @SuppressWarnings("deprecation")
    private boolean active(ConfluenceUser user) {
        if (noDeactivationCheck) {
            return true;
        }
        try {
            return !users.isDeactivated(user);
        } catch (NoSuchMethodError | NoClassDefFoundError e) {
            noDeactivationCheck = true;
            LOG.log(System.Logger.Level.WARNING, "This Confluence has no UserAccessor.isDeactivated; Plainframe reads"
                    + " every user as active: " + e);
            return true;
        }
    }

    private static <T> T ask(Supplier<T> question) {
        try {
            return question.get();
        } catch (RuntimeException e) {
            throw new HostUnavailableException("Confluence's user directory could not answer", e);
        }
    }
}
