/**
 * Compile-only stand-in for the OSGi bridge of the Atlassian plugin framework 7.4.0
 * ({@code com.atlassian.plugins:atlassian-plugins-osgi-bridge}). Signatures verified against the CFR-decompiled
 * jar in the public repository ngannk-fptu/Decompiled-Files, folder {@code atlassian-plugins-osgi-bridge-7.4.0}.
 * Provided scope only: never embedded in a bundle, the host supplies the real classes.
 */
package com.atlassian.plugin.osgi.bridge.external;
