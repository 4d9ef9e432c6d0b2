/**
 * Compile-only stand-in for {@code com.atlassian.plugins:atlassian-plugins-webfragment-api:6.0.1}.
 * Signatures verified against the CFR-decompiled jar in the public repository ngannk-fptu/Decompiled-Files,
 * folder {@code com.atlassian.plugins_atlassian-plugins-webfragment-api-6.0.1}. Provided scope only: never
 * embedded in a bundle, the host supplies the real classes.
 */
package com.atlassian.plugin.web;
