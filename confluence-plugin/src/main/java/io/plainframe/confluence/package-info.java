/**
 * Plainframe for Confluence: the one component that wires the shared core to Confluence (users through
 * {@code UserAccessor}, page permissions through {@code PermissionManager}), and nothing else; everything
 * product-neutral lives in shared-licensing.
 */
package io.plainframe.confluence;
