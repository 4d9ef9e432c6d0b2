package io.plainframe.licensing.host;

import io.plainframe.licensing.audit.AuditAction;
import io.plainframe.licensing.audit.AuditEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Keeps every audit event, for tests to read. */
public final class RecordingAuditSink implements AuditLog {

    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(AuditEvent event) {
        events.add(event);
    }

    public synchronized List<AuditEvent> events() {
        return List.copyOf(events);
    }

    public synchronized List<AuditAction> actions() {
        return events.stream().map(AuditEvent::action).toList();
    }

    @Override
    public synchronized Recent recent(int limit) {
        List<AuditEvent> newestFirst = new ArrayList<>(events);
        Collections.reverse(newestFirst);
        return new Recent(newestFirst.subList(0, Math.min(limit, newestFirst.size())), 0);
    }

    public synchronized void clear() {
        events.clear();
    }
}
