/**
 * Compile-only stand-in for {@code com.atlassian.sal:sal-api:5.1.4} (bundled in Confluence 8.7.2).
 * Signatures verified against the CFR-decompiled jar in the public repository ngannk-fptu/Decompiled-Files,
 * folder {@code com.atlassian.sal_sal-api-5.1.4}. Provided scope only: never embedded in a bundle, the host
 * supplies the real classes.
 */
package com.atlassian.sal.api.transaction;
