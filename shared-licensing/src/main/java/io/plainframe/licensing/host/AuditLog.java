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
     * @param damaged how many stored events could not be read: skipped, logged and reported
     * @param counterDamaged whether the audit's counter could not be read: then no event can be listed, and
     *                       new events are written to the server log only
     */
    record Recent(List<AuditEvent> events, int damaged, boolean counterDamaged) {

        public Recent {
            events = List.copyOf(events);
        }

        public Recent(List<AuditEvent> events, int damaged) {
            this(events, damaged, false);
        }

        /** What reading finds when the counter is damaged: nothing can be listed. */
        public static Recent unreadableCounter() {
            return new Recent(List.of(), 0, true);
        }
    }
}
