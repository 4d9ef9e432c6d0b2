/**
 * Compile-only stand-in for
 * {@code com.atlassian.templaterenderer:atlassian-template-renderer-api:5.0.4}. Signatures verified against the
 * CFR-decompiled jar in the public repository ngannk-fptu/Decompiled-Files, folder
 * {@code com.atlassian.templaterenderer.atlassian-template-renderer-api-5.0.4}. Provided scope only: never
 * embedded in a bundle, the host supplies the real classes.
 */
package com.atlassian.templaterenderer;
