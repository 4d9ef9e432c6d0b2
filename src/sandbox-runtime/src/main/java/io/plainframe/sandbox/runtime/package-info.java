/**
 * What the sandbox asks of a platform line's runtime: a servlet container ({@link
 * io.plainframe.sandbox.runtime.Container}) and a REST runtime ({@link io.plainframe.sandbox.runtime.RestRuntime})
 * that asks the host's access check before each resource method. Only JDK types cross these interfaces, so the
 * same sandbox code runs on javax (Platforms 6 and 7) and, transformed at build time, on jakarta (Platform 8).
 */
package io.plainframe.sandbox.runtime;
