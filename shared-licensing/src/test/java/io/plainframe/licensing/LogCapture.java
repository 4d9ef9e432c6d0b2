package io.plainframe.licensing;

import java.text.MessageFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What a class logged while a test ran: the core logs through {@code System.Logger}, which writes to
 * java.util.logging unless the host supplies another backend, so a handler on the class's logger sees it.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture(Class<?> type) {
        this.logger = Logger.getLogger(type.getName());
        logger.addHandler(this);
    }

    /** Starts listening to what {@code type} logs; close to stop. */
    public static LogCapture of(Class<?> type) {
        return new LogCapture(type);
    }

    /** What was logged so far, each as its level and its message with the arguments filled in. */
    public List<String> lines() {
        // As java.util.logging's formatters do: the pattern is filled only when there are arguments.
        return records.stream().map(record -> record.getLevel() + " " + (record.getParameters() == null
                || record.getParameters().length == 0 ? record.getMessage()
                : MessageFormat.format(record.getMessage(), record.getParameters()))).toList();
    }

    public void clear() {
        records.clear();
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
        logger.removeHandler(this);
    }
}
