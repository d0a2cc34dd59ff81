/** Runnable examples: {@link dev.tempo.examples.QuickStart} and {@link dev.tempo.examples.Benchmark}. */
package dev.tempo.examples;
