package io.plainframe.licensing.host;

import io.plainframe.licensing.audit.AuditEvent;
import java.util.List;

/** An audit sink that can also be read back, newest first (the admin page's Audit section). */
public interface AuditLog extends AuditSink {

    /** Up to {@code limit} of the latest events, newest first. */
    List<AuditEvent> recent(int limit);
}
