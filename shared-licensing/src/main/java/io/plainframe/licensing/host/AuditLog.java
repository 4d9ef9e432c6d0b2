package io.plainframe.licensing.host;

import io.plainframe.licensing.audit.AuditEvent;
import java.util.List;

/** An audit sink that can also be read back, newest first (the admin page's Audit section). */
public interface AuditLog extends AuditSink {

    /** Up to {@code limit} of the latest events, newest first, and how many stored ones were damaged. */
    Recent recent(int limit);

    /**
     * What reading the audit found.
     *
     * @param events  the readable events, newest first
     * @param damaged how many stored events (or the counter) could not be read: skipped, logged and reported
     */
    record Recent(List<AuditEvent> events, int damaged) {

        public Recent {
            events = List.copyOf(events);
        }
    }
}
