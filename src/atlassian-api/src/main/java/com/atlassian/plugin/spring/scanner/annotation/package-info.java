/**
 * Compile-only stand-in for {@code com.atlassian.plugin:atlassian-spring-scanner-annotation:3.0.4}.
 * Signatures verified against the CFR-decompiled jar in the public repository ngannk-fptu/Decompiled-Files,
 * folder {@code com.atlassian.plugin.atlassian-spring-scanner-annotation-3.0.4}. Provided scope only: never
 * embedded in a bundle (the spring-scanner runtime refuses to start when it is).
 */
package com.atlassian.plugin.spring.scanner.annotation;
