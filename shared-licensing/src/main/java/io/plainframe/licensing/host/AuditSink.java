package io.plainframe.licensing.host;

import io.plainframe.licensing.audit.AuditEvent;

/** Where audit events go (the host's store, keeping at least the last 1,000). */
public interface AuditSink {

    void record(AuditEvent event);
}
