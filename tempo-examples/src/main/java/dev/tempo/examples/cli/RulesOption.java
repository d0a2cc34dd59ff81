package dev.tempo.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --rules PATH}, repeatable: rule packs loaded beside the default pack. */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "PATH",
            description = "A rule pack loaded beside the default pack: a .drl file, a folder of them or a pack jar. Repeatable.")
    List<Path> paths = new ArrayList<>();
}
