package io.plainframe.licensing.admin;

import io.plainframe.licensing.audit.AuditEvent;
import java.util.List;

/** What a change decided, with its audit events. */
record Decided(ChangeResult result, List<AuditEvent> events) {
}
