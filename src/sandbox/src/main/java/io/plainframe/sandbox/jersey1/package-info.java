/**
 * Atlassian REST v1's runtime as the sandbox plays it on Platform 6: Jersey 1.19 ({@code javax.ws.rs} 1.1), with
 * the host's access check as a Jersey 1 resource filter, where REST v1 has its AuthenticatedResourceFilter.
 */
package io.plainframe.sandbox.jersey1;
