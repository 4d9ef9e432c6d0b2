/**
 * Audit events: who changed what and when, for every change of license, editors, settings and seat
 * requests. The text of an event is an i18n message; the host's {@link io.plainframe.licensing.host.AuditSink}
 * keeps them.
 */
package io.plainframe.licensing.audit;
