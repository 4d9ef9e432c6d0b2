package io.plainframe.sandbox;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plainframe's rows in the sandbox Jira's plugin settings, read, written and put back as they were. */
final class JiraSettings {

    private JiraSettings() {
    }

    /** Every Plainframe setting, by key. */
    static Map<String, String> all(Database database) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        for (List<String> row : database.rows("SELECT k, v FROM plugin_settings WHERE host = 'jira' AND k LIKE "
                + "'io.plainframe.jira.%' ORDER BY k")) {
            settings.put(row.get(0), row.get(1));
        }
        return settings;
    }

    static void write(Database database, String name, String value) throws SQLException {
        if (value == null) {
            database.update("DELETE FROM plugin_settings WHERE host = 'jira' AND k = ?", name);
        } else {
            database.update("MERGE INTO plugin_settings KEY (host, k) VALUES ('jira', ?, ?)", name, value);
        }
    }

    /** Puts back every Plainframe setting as it was before the case (and removes what the case added). */
    static void restore(Database database, Map<String, String> good) throws SQLException {
        database.update("DELETE FROM plugin_settings WHERE host = 'jira' AND k LIKE 'io.plainframe.jira.%'");
        for (Map.Entry<String, String> row : good.entrySet()) {
            write(database, row.getKey(), row.getValue());
        }
    }
}
