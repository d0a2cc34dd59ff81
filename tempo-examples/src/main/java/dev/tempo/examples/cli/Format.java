package dev.tempo.examples.cli;

/** Report formats of the command line. */
enum Format {
    TEXT, JSON, MARKDOWN, SARIF, CSV, HTML
}
