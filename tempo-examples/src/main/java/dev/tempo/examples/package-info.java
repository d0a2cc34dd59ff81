/** Runnable examples: {@link dev.tempo.examples.QuickStart}; the benchmark is in the test sources ({@code mvn -Pbenchmark -DskipTests verify}). */
package dev.tempo.examples;
