/**
 * Plainframe for Jira: the one component that wires the shared core to Jira (users through Jira's
 * {@code UserManager} and {@code GroupManager}, issue permissions through Jira's {@code PermissionManager}),
 * and nothing else; everything product-neutral lives in shared-licensing.
 */
package io.plainframe.jira;
