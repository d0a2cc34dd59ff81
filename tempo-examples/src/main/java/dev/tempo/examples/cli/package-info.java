/** The tempo command line ({@link dev.tempo.examples.cli.TempoCommand}): assess, rules, validate, schema. */
package dev.tempo.examples.cli;
