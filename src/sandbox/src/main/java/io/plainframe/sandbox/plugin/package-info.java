/**
 * A small plugin framework: loads a plugin jar in its own class loader and wires it the way Atlassian's does,
 * from the jar alone: the spring-scanner index creates the component with its imported host services, the
 * descriptor mounts the servlets, servlet filters, REST modules (under the platform line's REST runtime) and the
 * web resources.
 */
package io.plainframe.sandbox.plugin;
