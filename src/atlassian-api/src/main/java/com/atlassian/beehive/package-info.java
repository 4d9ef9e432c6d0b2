/**
 * Compile-only stand-in for {@code com.atlassian.beehive:beehive-api:5.0.1} (the version bundled in
 * Confluence 8.7.2; Jira 9.12 bundles its own version, UNVERIFIED). Signatures verified against the CFR-decompiled
 * jar in the public repository ngannk-fptu/Decompiled-Files, folder {@code com.atlassian.beehive_beehive-api-5.0.1}.
 * Provided scope only: never embedded in a bundle, the host supplies the real classes.
 */
package com.atlassian.beehive;
