/**
 * A small plugin framework: loads a plugin jar in its own class loader and wires it the way Atlassian's does,
 * from the jar alone: the spring-scanner index creates the component with its imported host services, the
 * descriptor mounts the servlets, the REST module (under Jersey 1) and the web resources.
 */
package io.plainframe.sandbox.plugin;
