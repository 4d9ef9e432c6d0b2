/**
 * Compile-only stand-in for the servlet and filter access annotations of {@code atlassian-annotations}
 * (Platform 7 and 8 read them on servlet and servlet-filter modules). {@code UnrestrictedAccess} is verified from
 * Atlassian's own filter (atlassian-slack-integration-server, Jira 10 adoption); the other names from third-party
 * code only, targets and retention UNVERIFIED (PLATFORMS.md section 4). On Platform 6 the package exists (with
 * {@code XsrfProtectionExcluded}) and the annotations are simply not read.
 */
package com.atlassian.annotations.security;
