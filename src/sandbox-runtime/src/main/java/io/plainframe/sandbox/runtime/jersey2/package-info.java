/**
 * Atlassian REST v2's runtime as the sandbox plays it: Jersey 2 (JAX-RS 2.1, {@code javax.ws.rs}) on Platform 7;
 * the same classes transformed to {@code jakarta.*} run on Jersey 3.1 on Platform 8.
 */
package io.plainframe.sandbox.runtime.jersey2;
