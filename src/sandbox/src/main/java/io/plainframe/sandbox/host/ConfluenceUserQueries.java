package io.plainframe.sandbox.host;

import com.atlassian.user.EntityException;
import com.atlassian.user.User;
import com.atlassian.user.search.query.BooleanQuery;
import com.atlassian.user.search.query.EmailTermQuery;
import com.atlassian.user.search.query.FullNameTermQuery;
import com.atlassian.user.search.query.Query;
import com.atlassian.user.search.query.TermQuery;
import com.atlassian.user.search.query.UserNameTermQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Confluence's {@code UserAccessor.findUsersAsList(Query)} as the sandbox answers it. Strict: only the queries
 * Plainframe sends are understood (an any-of of username, full-name and address term queries, each matching a
 * substring); any other query is refused, so a plugin that starts sending one finds out here. Like Confluence's
 * directory it matches case-insensitively, answers every match (deactivated users too: the caller filters) and
 * answers plain atlassian-user users, not {@code ConfluenceUser}s with keys.
 */
final class ConfluenceUserQueries {

    private final SandboxUsers users;
    private volatile boolean failing;

    ConfluenceUserQueries(SandboxUsers users) {
        this.users = users;
    }

    /** Makes every search fail (as a directory that cannot search), or answer again. */
    void failing(boolean fail) {
        this.failing = fail;
    }

    List<User> find(Query<User> query) throws EntityException {
        if (failing) {
            throw new EntityException("the sandbox's Confluence user search fails");
        }
        Set<String> names = new TreeSet<>(matches(query));
        List<User> found = new ArrayList<>();
        for (String name : names) {
            users.byName(name).ifPresent(user -> found.add(plainUser(user)));
        }
        return found;
    }

    private List<String> matches(Query<User> query) {
        if (query instanceof BooleanQuery<User> any && any.isOR()) {
            List<String> names = new ArrayList<>();
            for (Query<User> each : any.getQueries()) {
                names.addAll(term(each));
            }
            return names;
        }
        throw new UnsupportedOperationException("the sandbox's Confluence answers only an any-of user query: "
                + query);
    }

    private List<String> term(Query<User> query) {
        if (!(query instanceof TermQuery<User> term) || !TermQuery.SUBSTRING_CONTAINS.equals(term.getMatchingRule())) {
            throw new UnsupportedOperationException("the sandbox's Confluence answers only 'contains' term queries: "
                    + query);
        }
        SandboxUsers.Field field;
        if (query instanceof UserNameTermQuery) {
            field = SandboxUsers.Field.USERNAME;
        } else if (query instanceof FullNameTermQuery) {
            field = SandboxUsers.Field.FULL_NAME;
        } else if (query instanceof EmailTermQuery) {
            field = SandboxUsers.Field.EMAIL;
        } else {
            throw new UnsupportedOperationException("the sandbox's Confluence does not search by " + query);
        }
        return users.namesWhere(field, term.getTerm());
    }

    private static User plainUser(SandboxUsers.User user) {
        return new User() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getName() {
                return user.username();
            }

            @Override
            public String getFullName() {
                return user.displayName();
            }

            @Override
            public String getEmail() {
                return user.email();
            }
        };
    }
}
