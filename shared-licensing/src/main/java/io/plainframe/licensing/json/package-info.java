/**
 * Just enough JSON for the core's stored state and the license-tool's output: values are {@code Map}
 * (insertion-ordered), {@code List}, {@code String}, {@code Long}, {@code Double}, {@code Boolean} and
 * {@code null}. Reading is strict and bounded (nesting depth), so a damaged stored value is reported with
 * its position, never half-read.
 */
package io.plainframe.licensing.json;
