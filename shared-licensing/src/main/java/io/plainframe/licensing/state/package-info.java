/**
 * Plainframe's durable state: the vendor key, settings, the editor roster and seat requests, as one JSON
 * document in the host's {@link io.plainframe.licensing.host.SettingsStore}, changed only by
 * compare-and-set so concurrent changes never lose an update and every rule (such as the seat limit) is
 * checked against the state the change is written over.
 */
package io.plainframe.licensing.state;
