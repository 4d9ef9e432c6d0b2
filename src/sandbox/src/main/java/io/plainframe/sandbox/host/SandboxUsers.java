package io.plainframe.sandbox.host;

import io.plainframe.sandbox.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One host's users and groups in the sandbox database. */
public final class SandboxUsers {

    /**
     * A user row.
     *
     * @param key         the user key
     * @param username    the login name
     * @param displayName the full name
     * @param email       the address
     * @param active      false when deactivated
     * @param admin       whether they administer the host
     */
    public record User(String key, String username, String displayName, String email, boolean active,
                       boolean admin) {
    }

    /**
     * The group of signed-in users without a product license (as users outside Confluence's confluence-users or
     * without Jira application access): {@code visitor}.
     */
    public static final String UNLICENSED = "unlicensed-users";

    private final Database database;
    private final String host;

    public SandboxUsers(Database database, String host) {
        this.database = database;
        this.host = host;
    }

    public String host() {
        return host;
    }

    public Optional<User> byKey(String key) {
        return one("SELECT user_key, username, display_name, email, active, admin FROM users "
                + "WHERE host = ? AND user_key = ?", host, key);
    }

    public Optional<User> byName(String username) {
        return one("SELECT user_key, username, display_name, email, active, admin FROM users "
                + "WHERE host = ? AND username = ?", host, username);
    }

    public List<String> memberNames(String group) {
        return query("SELECT u.username FROM memberships m JOIN users u ON u.host = m.host AND u.user_key = m.user_key "
                + "WHERE m.host = ? AND m.group_name = ? ORDER BY u.username", host, group).stream()
                .map(row -> row.get(0)).toList();
    }

    public boolean groupExists(String group) {
        return !query("SELECT 1 FROM memberships WHERE host = ? AND group_name = ? LIMIT 1", host, group).isEmpty();
    }

    /** The group's stored name, found without case as Crowd finds group names; empty when there is none. */
    public Optional<String> groupName(String group) {
        return query("SELECT DISTINCT group_name FROM memberships WHERE host = ? AND LOWER(group_name) = ?", host,
                group.toLowerCase(Locale.ROOT)).stream().map(row -> row.get(0)).findFirst();
    }

    /**
     * Group names starting with the prefix, compared without case, in name order, as Crowd's
     * {@code NAME startingWith} query answers SAL's {@code findGroupNamesByPrefix}; a blank prefix lists all.
     */
    public List<String> groupsStartingWith(String prefix, int start, int max) {
        String like = prefix.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return query("SELECT DISTINCT group_name FROM memberships WHERE host = ? AND LOWER(group_name) LIKE ? "
                + "ESCAPE '\\' ORDER BY group_name LIMIT ? OFFSET ?", host, like, max, start).stream()
                .map(row -> row.get(0)).toList();
    }

    public boolean isMember(String userKey, String group) {
        return !query("SELECT 1 FROM memberships WHERE host = ? AND group_name = ? AND user_key = ?", host, group,
                userKey).isEmpty();
    }

    /**
     * Users whose name or full name (and, when asked, address) contains the text, for the host's user pickers.
     * The text matches literally: LIKE's wildcards {@code %} and {@code _} are escaped (unless a test planted
     * the old defect, {@code literally} false).
     */
    public List<User> search(String text, boolean byAddress, boolean literally, int limit) {
        String lower = text.toLowerCase(Locale.ROOT);
        String like = "%" + (literally ? lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                : lower) + "%";
        String sql = "SELECT user_key, username, display_name, email, active, admin FROM users WHERE host = ? AND "
                + "(LOWER(username) LIKE ? ESCAPE '\\' OR LOWER(display_name) LIKE ? ESCAPE '\\'"
                + (byAddress ? " OR LOWER(email) LIKE ? ESCAPE '\\')" : ")") + " ORDER BY username LIMIT ?";
        List<User> found = byAddress ? query(sql, host, like, like, like, limit).stream().map(SandboxUsers::user)
                .toList() : query(sql, host, like, like, limit).stream().map(SandboxUsers::user).toList();
        return found;
    }

    /** A user field a directory search can match: its column. */
    public enum Field {
        USERNAME("username"), FULL_NAME("display_name"), EMAIL("email");

        private final String column;

        Field(String column) {
            this.column = column;
        }
    }

    /**
     * Usernames of every user, active or not, whose field contains the text, case-insensitively and literally
     * (LIKE's wildcards escaped), in username order: unbounded, as a directory query is.
     */
    public List<String> namesWhere(Field field, String text) {
        String like = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return query("SELECT username FROM users WHERE host = ? AND LOWER(" + field.column + ") LIKE ? ESCAPE '\\' "
                + "ORDER BY username", host, like).stream().map(row -> row.get(0)).toList();
    }

    public void setActive(String username, boolean active) {
        update("UPDATE users SET active = ? WHERE host = ? AND username = ?", active, host, username);
    }

    public void join(String group, String username) {
        byName(username).ifPresent(user -> update("MERGE INTO memberships KEY (host, group_name, user_key) "
                + "VALUES (?, ?, ?)", host, group, user.key()));
    }

    public void leave(String group, String username) {
        byName(username).ifPresent(user -> update("DELETE FROM memberships WHERE host = ? AND group_name = ? "
                + "AND user_key = ?", host, group, user.key()));
    }

    /**
     * Adds the user to the group (or removes them) in a database transaction of its own, runs {@code beforeCommit}
     * while the change is made but not committed (other connections still read the old memberships), then commits.
     */
    public void changeMembership(String group, String username, boolean join, Runnable beforeCommit) {
        User user = byName(username).orElseThrow();
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement sql = connection.prepareStatement(join
                    ? "MERGE INTO memberships KEY (host, group_name, user_key) VALUES (?, ?, ?)"
                    : "DELETE FROM memberships WHERE host = ? AND group_name = ? AND user_key = ?")) {
                sql.setString(1, host);
                sql.setString(2, group);
                sql.setString(3, user.key());
                sql.executeUpdate();
                beforeCommit.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the sandbox database could not write", e);
        }
    }

    public int count() {
        try {
            return database.count("SELECT COUNT(*) FROM users WHERE host = ? AND active", host);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<User> one(String query, Object... parameters) {
        return query(query, parameters).stream().findFirst().map(SandboxUsers::user);
    }

    private static User user(List<String> row) {
        return new User(row.get(0), row.get(1), row.get(2), row.get(3), Boolean.parseBoolean(row.get(4)),
                Boolean.parseBoolean(row.get(5)));
    }

    private List<List<String>> query(String query, Object... parameters) {
        try {
            return database.rows(query, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException("the sandbox database could not answer", e);
        }
    }

    private void update(String statement, Object... parameters) {
        try {
            database.update(statement, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException("the sandbox database could not write", e);
        }
    }
}
