package io.plainframe.sandbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The plugins' log as an admin reads it: what they write through {@code System.Logger}, which goes to
 * java.util.logging in the sandbox as in the hosts' default set-up, caught at its root while a test runs.
 */
final class PluginLog extends Handler implements AutoCloseable {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");

    PluginLog() {
        root.addHandler(this);
    }

    void clear() {
        records.clear();
    }

    /** Plainframe's lines at the level or above since the last {@link #clear()}, as level and message. */
    List<String> lines(Level atLeast) {
        return records.stream().filter(r -> r.getLevel().intValue() >= atLeast.intValue())
                .filter(r -> r.getLoggerName() != null && r.getLoggerName().startsWith("io.plainframe"))
                .map(r -> r.getLevel() + " " + r.getMessage()).distinct().toList();
    }

    /** Plainframe's warnings and errors since the last {@link #clear()}. */
    List<String> problems() {
        return lines(Level.WARNING);
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
