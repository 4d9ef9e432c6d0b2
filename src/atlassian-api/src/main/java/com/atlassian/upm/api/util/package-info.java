/**
 * Compile-only stand-in for the UPM licensing API of the Universal Plugin Manager 6.4.1 bundled in
 * Confluence 8.7.2 (Maven coordinates {@code com.atlassian.upm:licensing-api} / {@code upm-api}, UNVERIFIED).
 * Signatures verified against the CFR-decompiled plugin in the public repository ngannk-fptu/Decompiled-Files,
 * folder {@code com.atlassian.upm.atlassian-universal-plugin-manager-plugin-6.4.1}. Provided scope only: never
 * embedded in a bundle, the host supplies the real classes.
 */
package com.atlassian.upm.api.util;
