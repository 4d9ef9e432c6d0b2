/**
 * Compile-only stand-in for {@code com.atlassian.confluence:confluence:8.7.2} (partial). Signatures verified
 * against the CFR-decompiled jar in the public repository ngannk-fptu/Decompiled-Files, folder
 * {@code com.atlassian.confluence_confluence-8.7.2}. Where the real type inherits a member from a type not copied
 * here, the member is declared directly on the copied type (see the module README). Provided scope only: never
 * embedded in a bundle, the host supplies the real classes.
 */
package com.atlassian.confluence.core;
