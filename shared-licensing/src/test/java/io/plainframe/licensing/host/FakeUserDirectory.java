package io.plainframe.licensing.host;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** A user directory in memory, with switchable outages; counts lookups so tests can see what was asked. */
public final class FakeUserDirectory implements UserDirectory {

    private final Map<String, HostUser> byKey = new LinkedHashMap<>();
    private final Map<String, Set<String>> groups = new LinkedHashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private volatile boolean down;
    private volatile Runnable afterLookup;
    private volatile Runnable afterMembers;

    /** Adds an active user whose key is {@code key-<name>}. */
    public synchronized HostUser add(String username) {
        HostUser user = new HostUser("key-" + username, username, "User " + username, username + "@example.com", true);
        byKey.put(user.userKey(), user);
        return user;
    }

    public synchronized void addAll(String... usernames) {
        for (String username : usernames) {
            add(username);
        }
    }

    public synchronized void deactivate(String username) {
        HostUser user = byName(username);
        byKey.put(user.userKey(), new HostUser(user.userKey(), username, user.displayName(), user.email(), false));
    }

    public synchronized void reactivate(String username) {
        HostUser user = byName(username);
        byKey.put(user.userKey(), new HostUser(user.userKey(), username, user.displayName(), user.email(), true));
    }

    /** Deletes the user; group memberships go with them, as in a real directory. */
    public synchronized void delete(String username) {
        HostUser user = byName(username);
        byKey.remove(user.userKey());
        groups.values().forEach(members -> members.remove(user.userKey()));
    }

    /** Renames the user, keeping their key, as hosts do. */
    public synchronized void rename(String username, String newName) {
        HostUser user = byName(username);
        byKey.put(user.userKey(), new HostUser(user.userKey(), newName, user.displayName(), user.email(),
                user.active()));
    }

    /** Runs the action once, right after the next lookup by key has its answer (to race a sync in a test). */
    public void afterNextLookup(Runnable action) {
        this.afterLookup = action;
    }

    /** Creates an empty group (a group also comes to exist when someone joins it). */
    public synchronized void createGroup(String group) {
        groups.computeIfAbsent(group, g -> new LinkedHashSet<>());
    }

    public synchronized void join(String group, String username) {
        groups.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(byName(username).userKey());
    }

    public synchronized void leave(String group, String username) {
        groups.getOrDefault(group, new LinkedHashSet<>()).remove("key-" + username);
    }

    /** While down, every call fails as an unreachable LDAP server would. */
    public void down(boolean value) {
        this.down = value;
    }

    public int lookups() {
        return lookups.get();
    }

    @Override
    public Optional<HostUser> findByKey(String userKey) {
        Optional<HostUser> answer;
        synchronized (this) {
            check();
            answer = Optional.ofNullable(byKey.get(userKey));
        }
        Runnable action = afterLookup;
        afterLookup = null;
        if (action != null) {
            action.run();
        }
        return answer;
    }

    @Override
    public synchronized Optional<HostUser> findByName(String username) {
        check();
        return byKey.values().stream().filter(user -> user.username().equals(username)).findFirst();
    }

    /** Runs the action once, right after the next list of a group's members has its answer (to race a change). */
    public void afterNextMembersOf(Runnable action) {
        this.afterMembers = action;
    }

    @Override
    public List<HostUser> membersOf(String group) {
        List<HostUser> members = new ArrayList<>();
        synchronized (this) {
            check();
            for (String key : groups.getOrDefault(group, Set.of())) {
                HostUser user = byKey.get(key);
                if (user != null) {
                    members.add(user);
                }
            }
        }
        Runnable action = afterMembers;
        afterMembers = null;
        if (action != null) {
            action.run();
        }
        return members;
    }

    @Override
    public synchronized List<HostUser> search(String query, int limit) {
        check();
        return byKey.values().stream().filter(user -> user.username().contains(query)).limit(limit).toList();
    }

    /** Group names compare without case, as in Crowd; the answer is the name as created. */
    @Override
    public synchronized Optional<String> findGroup(String name) {
        check();
        return groups.keySet().stream().filter(group -> group.equalsIgnoreCase(name)).findFirst();
    }

    @Override
    public synchronized List<String> searchGroups(String prefix, int limit) {
        check();
        return groups.keySet().stream().filter(group -> group.toLowerCase(java.util.Locale.ROOT)
                .startsWith(prefix.toLowerCase(java.util.Locale.ROOT))).sorted().limit(limit).toList();
    }

    /** Whether the user exists, asked behind the directory's back (no outage, not counted). */
    public synchronized boolean findByNameQuietly(String username) {
        return byKey.values().stream().anyMatch(user -> user.username().equals(username));
    }

    /** What the directory knows, asked behind its back (no outage, not counted): the test's source of truth. */
    public synchronized Optional<HostUser> peekByName(String username) {
        return byKey.values().stream().filter(user -> user.username().equals(username)).findFirst();
    }

    public synchronized Optional<HostUser> peekByKey(String userKey) {
        return Optional.ofNullable(byKey.get(userKey));
    }

    public synchronized List<HostUser> peekMembers(String group) {
        List<HostUser> members = new ArrayList<>();
        for (String key : groups.getOrDefault(group, Set.of())) {
            HostUser user = byKey.get(key);
            if (user != null) {
                members.add(user);
            }
        }
        return members;
    }

    private void check() {
        lookups.incrementAndGet();
        if (down) {
            throw new HostUnavailableException("directory is down (test)", null);
        }
    }

    private HostUser byName(String username) {
        return byKey.values().stream().filter(user -> user.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no test user " + username));
    }
}
