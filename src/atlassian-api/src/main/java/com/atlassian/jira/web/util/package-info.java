/**
 * Compile-only stand-in for part of {@code com.atlassian.jira:jira-api} (partial): members checked against
 * the Jira 6.3.15 source (J6 in the module README; UNVERIFIED against 9.12, 10.3 and 11 jars). Provided scope only:
 * the host supplies the real classes.
 */
package com.atlassian.jira.web.util;
