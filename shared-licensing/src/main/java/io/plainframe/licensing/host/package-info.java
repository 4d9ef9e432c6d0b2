/**
 * Ports: the few things the core asks of its host, as small interfaces without any Atlassian type. Each
 * plugin implements them over SAL, UPM and the product APIs; tests and the sandbox implement them in memory.
 *
 * <p>Users are identified by their host <em>user key</em>, which survives renames; usernames are for people.
 * A host that cannot answer (a directory outage) throws {@link io.plainframe.licensing.host.HostUnavailableException}
 * rather than answering "nobody", so an outage never hands seats to others.
 */
package io.plainframe.licensing.host;
