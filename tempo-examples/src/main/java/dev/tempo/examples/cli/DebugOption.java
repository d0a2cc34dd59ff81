package dev.tempo.examples.cli;

import picocli.CommandLine.Option;

/** {@code --debug}, on every command: read by {@link TempoCommand}'s error handler through the parse result. */
final class DebugOption {
    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;
}
