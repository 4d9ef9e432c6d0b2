/**
 * Compile-only stand-in for {@code com.atlassian.user:atlassian-user:3.0} (as bundled in Confluence 8.7.2).
 * Signatures verified against the CFR-decompiled jar in the public repository ngannk-fptu/Decompiled-Files,
 * folder {@code com.atlassian.user_atlassian-user-3.0}. Provided scope only: never embedded in a bundle, the
 * host supplies the real classes.
 */
package com.atlassian.user.search.page;
