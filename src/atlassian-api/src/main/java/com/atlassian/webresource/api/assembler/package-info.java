/**
 * Compile-only stand-in for {@code com.atlassian.plugins:atlassian-plugins-webresource-api:6.1.1} (partial;
 * {@code @ExperimentalApi} there, but the supported way to require resources). Signatures verified against the
 * CFR-decompiled jar in the public repository ngannk-fptu/Decompiled-Files, folder
 * {@code com.atlassian.plugins_atlassian-plugins-webresource-api-6.1.1}. Provided scope only: never embedded in
 * a bundle, the host supplies the real classes.
 */
package com.atlassian.webresource.api.assembler;
