package io.plainframe.sandbox;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The sandbox's H2 database in the data directory: the hosts' users, groups, plugin settings, UPM state and
 * cluster locks. Every write commits before it returns, so whatever the sandbox acknowledged survives a kill -9.
 * Opened for a cluster, it is shared by every sandbox started with {@code --cluster} on the same directory (H2's
 * automatic mixed mode: the first one serves it to the others over TCP), as Data Center nodes share theirs.
 */
public final class Database implements AutoCloseable {

    /** Users of SPEC 10: admin and user01..user50, in both products. */
    static final int USERS = 50;
    /** The database's file name in the data directory (H2 adds {@code .mv.db}). */
    static final String NAME = "sandbox";
    /**
     * How long a statement waits for a row another transaction holds: H2's default, named so that a connection
     * that held a cluster lock (which sets its own) goes back to the pool as it came.
     */
    public static final int LOCK_TIMEOUT_MILLIS = 2_000;

    private final boolean cluster;
    private final Path directory;
    private final Connection keepAlive;
    private final JdbcConnectionPool pool;

    public Database(Path directory) throws SQLException {
        this(directory, false, false);
    }

    /**
     * Opens (or creates) the database; with {@code reset}, empties it first. Only a sandbox that has the
     * database to itself may reset it: a sandbox already running on the same directory (which holds H2's file
     * lock), in a cluster or not, makes a reset fail and lose nothing, and so does a plain sandbox started
     * beside it.
     *
     * @param cluster whether other sandboxes started with {@code --cluster} may share the database
     */
    public Database(Path directory, boolean reset, boolean cluster) throws SQLException {
        this.cluster = cluster;
        this.directory = directory;
        // WRITE_DELAY=0: a commit is written before it returns. REUSE_SPACE=FALSE: H2 2.x writing a chunk into
        // reused space could lose the last acknowledged commit to a kill -9 (SandboxCrashLoopTest found it: about
        // one kill in 25 under concurrent writes); appending only, none in 55. A clean stop compacts the file
        // (not in a cluster, where the file grows until a node starts alone).
        String file = "jdbc:h2:file:" + directory.resolve(NAME).toAbsolutePath()
                + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;LOCK_TIMEOUT=" + LOCK_TIMEOUT_MILLIS;
        String alone = file + ";DB_CLOSE_ON_EXIT=FALSE";
        if (reset) {
            // Opened alone, so that no other node is connected to what is dropped.
            try (Connection exclusive = DriverManager.getConnection(alone, "sa", "");
                 Statement sql = exclusive.createStatement()) {
                sql.execute("DROP ALL OBJECTS");
            }
        }
        // A cluster's database closes with the JVM that serves it (H2 refuses AUTO_SERVER without
        // DB_CLOSE_ON_EXIT, so H2's own shutdown hook closes it, maybe before a plugin's last background write);
        // the other nodes reconnect and one of them serves it from then on.
        String url = cluster ? file + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE" : alone;
        this.keepAlive = DriverManager.getConnection(url, "sa", "");
        // H2's own pool: opening a connection per statement cost more than most statements.
        this.pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(64);
        createAndSeed();
    }

    /** The data directory the database lives in (Jira's attachment files are kept beside it). */
    public Path directory() {
        return directory;
    }

    /**
     * A connection for one unit of work (closing it returns it to the pool); auto-commit, so each statement is
     * durable on return.
     */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    private void createAndSeed() throws SQLException {
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS users (host VARCHAR(20), user_key VARCHAR(100), "
                    + "username VARCHAR(100), display_name VARCHAR(200), email VARCHAR(200), active BOOLEAN, "
                    + "admin BOOLEAN, PRIMARY KEY (host, user_key))");
            // Sign-in and the plugins' directory look users up by name.
            sql.execute("CREATE INDEX IF NOT EXISTS users_by_name ON users (host, username)");
            sql.execute("CREATE TABLE IF NOT EXISTS memberships (host VARCHAR(20), group_name VARCHAR(255), "
                    + "user_key VARCHAR(100), PRIMARY KEY (host, group_name, user_key))");
            sql.execute("CREATE TABLE IF NOT EXISTS plugin_settings (host VARCHAR(20), k VARCHAR(255), "
                    + "v CLOB, PRIMARY KEY (host, k))");
            sql.execute("CREATE TABLE IF NOT EXISTS host_properties (host VARCHAR(20), k VARCHAR(100), "
                    + "v CLOB, PRIMARY KEY (host, k))");
            // Beehive's cluster locks: a row per lock held, inserted by a node's open transaction, never committed.
            sql.execute("CREATE TABLE IF NOT EXISTS cluster_lock_holds (name VARCHAR(255) PRIMARY KEY)");
            // atlassian-scheduler's jobs run once per cluster (one row each, claimed by moving next_run on), and
            // every run of a job with the node that made it.
            sql.execute("CREATE TABLE IF NOT EXISTS scheduled_jobs (host VARCHAR(20), job_id VARCHAR(255), "
                    + "runner_key VARCHAR(255), interval_ms BIGINT, next_run BIGINT, PRIMARY KEY (host, job_id))");
            sql.execute("CREATE TABLE IF NOT EXISTS scheduler_runs (host VARCHAR(20), job_id VARCHAR(255), "
                    + "node VARCHAR(100), at BIGINT)");
            // Confluence's page attachments, every version kept, as Confluence keeps them.
            sql.execute("CREATE TABLE IF NOT EXISTS attachments (page_id BIGINT, file_name VARCHAR(255), "
                    + "version INT, media_type VARCHAR(100), data BLOB, PRIMARY KEY (page_id, file_name, version))");
            // Who saved each version and when (issue 16: the wireframe history), added to older sandboxes' tables.
            sql.execute("ALTER TABLE attachments ADD COLUMN IF NOT EXISTS creator VARCHAR(255)");
            sql.execute("ALTER TABLE attachments ADD COLUMN IF NOT EXISTS created TIMESTAMP");
            // Jira's issue attachments (its fileattachment table): one row per attachment, no versions (a file of
            // the same name is another attachment); the files themselves in the data directory, as Jira keeps them
            // in its attachment directory.
            sql.execute("CREATE TABLE IF NOT EXISTS jira_attachments (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                    + "issue_id BIGINT, file_name VARCHAR(255), mime_type VARCHAR(255), file_size BIGINT, "
                    + "author VARCHAR(255), created TIMESTAMP)");
        }
        for (String host : new String[] {"confluence", "jira"}) {
            if (count("SELECT COUNT(*) FROM users WHERE host = ?", host) > 0) {
                addVisitor(host);
                continue;
            }
            try {
                seed(host);
            } catch (SQLException e) {
                if (e.getErrorCode() != ErrorCode.DUPLICATE_KEY_1) {
                    throw e;
                }
                // Another node of a cluster, starting at the same time, is seeding it.
            }
        }
    }

    private void seed(String host) throws SQLException {
        insertUser(host, "admin", "Ada Admin", true);
        for (int i = 1; i <= USERS; i++) {
            insertUser(host, String.format("user%02d", i), String.format("User %02d", i), false);
        }
        for (int i = 1; i <= 3; i++) {
            join(host, "plainframe-editors", String.format("user%02d", i));
        }
        for (int i = 1; i <= 10; i++) {
            join(host, "designers", String.format("user%02d", i));
        }
        for (int i = 41; i <= 50; i++) {
            join(host, "readers", String.format("user%02d", i));
        }
        join(host, "administrators", "admin");
        addVisitor(host);
    }

    /**
     * {@code visitor}: signed in, without a product license (Platforms 7 and 8 refuse such users endpoints that do
     * not say otherwise). Added to older data directories too.
     */
    private void addVisitor(String host) throws SQLException {
        if (count("SELECT COUNT(*) FROM users WHERE host = ? AND username = 'visitor'", host) == 0) {
            try {
                insertUser(host, "visitor", "Vic Visitor", false);
                join(host, "unlicensed-users", "visitor");
            } catch (SQLException e) {
                if (e.getErrorCode() != ErrorCode.DUPLICATE_KEY_1) {
                    throw e;
                }
                // Another node of a cluster, starting at the same time, added it.
            }
        }
    }

    private void insertUser(String host, String username, String displayName, boolean admin) throws SQLException {
        update("INSERT INTO users VALUES (?, ?, ?, ?, ?, TRUE, ?)", host, "key-" + username, username,
                displayName, username + "@example.com", admin);
    }

    private void join(String host, String group, String username) throws SQLException {
        update("INSERT INTO memberships VALUES (?, ?, ?)", host, group, "key-" + username);
    }

    public int update(String statement, Object... parameters) throws SQLException {
        try (Connection connection = connection(); PreparedStatement sql = prepare(connection, statement,
                parameters)) {
            return sql.executeUpdate();
        }
    }

    public int count(String query, Object... parameters) throws SQLException {
        try (Connection connection = connection(); PreparedStatement sql = prepare(connection, query, parameters);
             ResultSet rows = sql.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    public Optional<String> text(String query, Object... parameters) throws SQLException {
        try (Connection connection = connection(); PreparedStatement sql = prepare(connection, query, parameters);
             ResultSet rows = sql.executeQuery()) {
            return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
        }
    }

    /** Rows as lists of strings, for small queries. */
    public List<List<String>> rows(String query, Object... parameters) throws SQLException {
        try (Connection connection = connection(); PreparedStatement sql = prepare(connection, query, parameters);
             ResultSet rows = sql.executeQuery()) {
            List<List<String>> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rows.getString(i));
                }
                result.add(row);
            }
            return result;
        }
    }

    private static PreparedStatement prepare(Connection connection, String statement, Object... parameters)
            throws SQLException {
        PreparedStatement sql = connection.prepareStatement(statement);
        for (int i = 0; i < parameters.length; i++) {
            sql.setObject(i + 1, parameters[i]);
        }
        return sql;
    }

    @Override
    public void close() throws SQLException {
        pool.dispose();
        if (cluster) {
            // Shutting down would cut the other nodes off; the database closes with this JVM instead.
            keepAlive.close();
            return;
        }
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            // Already closed.
        }
    }
}
