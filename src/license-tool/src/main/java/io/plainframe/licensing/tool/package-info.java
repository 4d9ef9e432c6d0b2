/**
 * {@code license-tool}, the vendor's command line (SPEC 9): make a signing key, issue, upgrade and renew
 * keys, inspect a key a customer sends in, check build coverage and Marketplace eligibility.
 *
 * <p>Exit codes: 0 success, 1 a refused request or an invalid key (the reason on standard error),
 * 2 a usage error. Every text comes from {@code license-tool.properties} or the licensing bundle; no stack
 * trace reaches the user.
 */
package io.plainframe.licensing.tool;
