package io.plainframe.sandbox.host;

import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import io.plainframe.sandbox.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SAL's {@code TransactionTemplate} as the hosts implement it: propagation REQUIRED, so a callback inside another
 * joins it, and what the thread wrote to plugin settings and Confluence's attachments commits when the outermost
 * callback returns, in one database transaction, or not at all when it throws. Until then the writes are the
 * thread's own: other threads and nodes read what was committed before. (Confluence's Hibernate and Jira's ofbiz
 * with a transaction open behave so; Atlassian REST runs every resource method in such a transaction, and so
 * does the sandbox.)
 */
public final class HostTransactions implements TransactionTemplate {

    /** A thread's writes not yet committed: key to value, {@code null} for a removal. */
    static final class Pending {
        private final Map<String, String> writes = new LinkedHashMap<>();
        private final List<SandboxAttachments.Row> attachments = new ArrayList<>();
        /** The attachments this thread removed, with all their versions: page id and file name. */
        private final Set<List<Object>> removedAttachments = new LinkedHashSet<>();

        Set<List<Object>> removedAttachments() {
            return removedAttachments;
        }

        /** The attachment versions this thread saved, in the order saved. */
        List<SandboxAttachments.Row> attachments() {
            return attachments;
        }

        boolean has(String key) {
            return writes.containsKey(key);
        }

        String value(String key) {
            return writes.get(key);
        }

        void put(String key, String value) {
            writes.remove(key); // kept in the order of the last write
            writes.put(key, value);
        }
    }

    private final Database database;
    private final String host;
    private final ThreadLocal<Pending> current = new ThreadLocal<>();

    HostTransactions(Database database, String host) {
        this.database = database;
        this.host = host;
    }

    /** The calling thread's transaction, or {@code null} outside one. */
    Pending pending() {
        return current.get();
    }

    @Override
    public <T> T execute(TransactionCallback<T> callback) {
        Pending pending = current.get();
        if (pending != null) {
            return callback.doInTransaction(); // joins the thread's transaction, which commits at its end
        }
        pending = new Pending();
        current.set(pending);
        T result;
        try {
            result = callback.doInTransaction();
        } finally {
            current.remove();
        }
        commit(pending);
        return result;
    }

    private void commit(Pending pending) {
        if (pending.writes.isEmpty() && pending.attachments.isEmpty() && pending.removedAttachments.isEmpty()) {
            return;
        }
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                for (Map.Entry<String, String> write : pending.writes.entrySet()) {
                    try (PreparedStatement sql = connection.prepareStatement(write.getValue() == null
                            ? "DELETE FROM plugin_settings WHERE host = ? AND k = ?"
                            : "MERGE INTO plugin_settings KEY (host, k) VALUES (?, ?, ?)")) {
                        sql.setString(1, host);
                        sql.setString(2, write.getKey());
                        if (write.getValue() != null) {
                            sql.setString(3, write.getValue());
                        }
                        sql.executeUpdate();
                    }
                }
                for (List<Object> removed : pending.removedAttachments) {
                    SandboxAttachments.removeAll(connection, (Long) removed.get(0), (String) removed.get(1));
                }
                for (SandboxAttachments.Row row : pending.attachments) {
                    row.insert(connection);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            // A second save from the same previous attachment version fails here, as a host's unique key would.
            throw new IllegalStateException("the transaction's plugin settings and attachments could not be "
                    + "committed", e);
        }
    }
}
