/**
 * How Plainframe keeps its state in the host (SPEC 7): {@link io.plainframe.licensing.store.ChunkedSettingsStore}
 * turns plain string settings into versioned, checksummed, chunked values with compare-and-set under a
 * cluster lock; {@link io.plainframe.licensing.store.StoredAuditLog} keeps the last audit events in a ring.
 */
package io.plainframe.licensing.store;
