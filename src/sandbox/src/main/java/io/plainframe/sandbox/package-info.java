/**
 * The sandbox (SPEC 10): a local stand-in host that runs both plugins' real jars on embedded Jetty with an H2
 * database, so every flow can be tried in a browser and tested end to end. {@link io.plainframe.sandbox.Sandbox}
 * is the entry point.
 */
package io.plainframe.sandbox;
