/**
 * The servlet container of Platforms 6 and 7: Jetty 10 on {@code javax.servlet}, as the sandbox has always run.
 * Never loaded on Platform 8, which has its own Jetty 12 container (module sandbox-jakarta).
 */
package io.plainframe.sandbox.jetty10;
