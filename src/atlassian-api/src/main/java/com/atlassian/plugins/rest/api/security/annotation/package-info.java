/**
 * Compile-only stand-in for the access annotations of Atlassian REST v2 ({@code atlassian-rest-v2-api}, Platform 7
 * and 8). Names verified from real imports (Atlassian's atlassian-slack-integration-server at its Platform 7 and 8
 * tags, and third-party plugins: see PLATFORMS.md section 3); targets and retention are UNVERIFIED and copied
 * from their REST v1 twins. Meanings from Atlassian's "secure endpoint defaults" page: an endpoint without any of
 * them is for licensed users only.
 */
package com.atlassian.plugins.rest.api.security.annotation;
