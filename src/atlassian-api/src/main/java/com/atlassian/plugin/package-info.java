/**
 * Compile-only stand-in for {@code com.atlassian.plugins:atlassian-plugins-api:7.4.0} (partial).
 * Signatures verified against the CFR-decompiled jar in the public repository ngannk-fptu/Decompiled-Files,
 * folder {@code com.atlassian.plugins_atlassian-plugins-api-7.4.0}. Provided scope only: never embedded in a
 * bundle, the host supplies the real classes.
 */
package com.atlassian.plugin;
