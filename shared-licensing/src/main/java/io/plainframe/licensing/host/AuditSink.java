package io.plainframe.licensing.host;

import io.plainframe.licensing.audit.AuditEvent;
import java.util.List;

/** Where audit events go (the host's store, keeping at least the last 1,000). */
public interface AuditSink {

    void record(AuditEvent event);

    /** Several events of one change, in order; a sink may write them in one go. */
    default void recordAll(List<AuditEvent> events) {
        events.forEach(this::record);
    }
}
