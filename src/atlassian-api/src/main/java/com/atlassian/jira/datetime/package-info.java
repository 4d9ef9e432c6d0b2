/**
 * Compile-only stand-in for {@code com.atlassian.jira:jira-api} (9.12.x intended; partial). UNVERIFIED against
 * a 9.x jar: members checked against the Jira 6.3.15 source in the public repository turgaycelik/mysource
 * ({@code jira-project/jira-components/jira-api}) and Atlassian's Jira 7.x/10.x javadoc where noted in the
 * module README. Provided scope only: never embedded in a bundle, the host supplies the real classes.
 */
package com.atlassian.jira.datetime;
