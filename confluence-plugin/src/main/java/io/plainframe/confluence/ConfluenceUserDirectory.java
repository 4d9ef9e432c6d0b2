package io.plainframe.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.EntityException;
import com.atlassian.user.Group;
import com.atlassian.user.User;
import com.atlassian.user.search.page.Pager;
import com.atlassian.user.search.query.EmailTermQuery;
import com.atlassian.user.search.query.FullNameTermQuery;
import com.atlassian.user.search.query.MultiTermBooleanQuery;
import com.atlassian.user.search.query.TermQuery;
import com.atlassian.user.search.query.UserNameTermQuery;
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

    /** Longer than any username, name or address Confluence stores: such a query matches nobody. */
    static final int MAX_QUERY_LENGTH = 255;

    private final UserAccessor users;
    private final SalGroups groups;
    /** Set once Confluence showed it has no {@code isDeactivated}; not asked again. */
    private volatile boolean noDeactivationCheck;
    /** Set once Confluence showed it has no {@code findUsersAsList}; not asked again. */
    private volatile boolean noUserSearch;

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

    /**
     * Active users whose username, full name or address contains the query, as Confluence's directory matches
     * (case-insensitive), at most {@code limit}, through {@code UserAccessor.findUsersAsList}. A Confluence without
     * that method, or whose search fails, answers by exact username instead (as before this search), logged.
     */
    @Override
    public List<HostUser> search(String query, int limit) {
        if (query.length() > MAX_QUERY_LENGTH || limit <= 0) {
            return List.of();
        }
        if (!noUserSearch) {
            try {
                return findUsers(query, limit);
            } catch (NoSuchMethodError | NoClassDefFoundError e) {
                noUserSearch = true;
                LOG.log(System.Logger.Level.WARNING, "This Confluence has no UserAccessor.findUsersAsList; Plainframe"
                        + " finds users by exact username only: " + e);
            } catch (EntityException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Confluence's user search failed; Plainframe looks the query up"
                        + " as an exact username instead: " + e);
            }
        }
        return findByName(query).map(List::of).orElse(List.of());
    }

    // The real MultiTermBooleanQuery.anyOf is not @SafeVarargs.
    @SuppressWarnings("unchecked")
    private List<HostUser> findUsers(String query, int limit) throws EntityException {
        List<User> found = users.findUsersAsList(MultiTermBooleanQuery.anyOf(
                new UserNameTermQuery(query, TermQuery.SUBSTRING_CONTAINS),
                new FullNameTermQuery(query, TermQuery.SUBSTRING_CONTAINS),
                new EmailTermQuery(query, TermQuery.SUBSTRING_CONTAINS)));
        List<HostUser> matches = new ArrayList<>();
        if (found == null) {
            return matches;
        }
        for (User user : found) {
            if (matches.size() >= limit) {
                break;
            }
            // The directory's users need not be ConfluenceUsers (no key): look each one up by name.
            ConfluenceUser confluenceUser = user instanceof ConfluenceUser known ? known
                    : users.getUserByName(user.getName());
            if (confluenceUser != null) {
                HostUser match = toHostUser(confluenceUser);
                if (match.active()) {
                    matches.add(match);
                }
            }
        }
        return matches;
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
