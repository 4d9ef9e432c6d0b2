package io.plainframe.licensing.atlassian;

import com.atlassian.sal.api.user.UserManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The host's groups through SAL's {@code UserManager.findGroupNamesByPrefix}, the one group search both products
 * offer alike (Confluence and Jira implement it as a Crowd group query {@code NAME startingWith prefix}). Callers
 * turn an exception into "the directory cannot answer".
 */
public final class SalGroups {

    /** Groups read to find one name exactly: the name is its own prefix, so it is among the first Crowd returns. */
    static final int EXACT_LOOKUP_WINDOW = 100;

    private final UserManager users;

    public SalGroups(UserManager users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    /** Names starting with the prefix (Crowd compares group names without case), at most {@code limit}. */
    public List<String> search(String prefix, int limit) {
        List<String> names = new ArrayList<>();
        Iterable<String> found = users.findGroupNamesByPrefix(prefix, 0, limit);
        if (found == null) {
            return names;
        }
        for (String name : found) {
            if (name != null && names.size() < limit) {
                names.add(name);
            }
        }
        return names;
    }

    /** The group's name as the host spells it, or empty when there is no such group. */
    public Optional<String> find(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return search(name, EXACT_LOOKUP_WINDOW).stream()
                .filter(found -> found.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }
}
