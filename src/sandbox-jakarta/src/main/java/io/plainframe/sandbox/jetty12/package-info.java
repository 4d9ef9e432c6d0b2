/**
 * Platform 8's servlet container for the sandbox: Jetty 12 with its ee10 servlet environment ({@code
 * jakarta.servlet} 6), written directly in jakarta; the rest of the sandbox is the same code as on Platforms 6 and 7,
 * transformed to jakarta at build time.
 */
package io.plainframe.sandbox.jetty12;
