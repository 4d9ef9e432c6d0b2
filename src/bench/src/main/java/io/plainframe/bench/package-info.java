/**
 * JMH benchmarks of the licensing core, each beside a baseline it is measured against (README,
 * "Benchmarks"). Built into {@code src/bench/target/benchmarks.jar}; never part of the test command.
 */
package io.plainframe.bench;
