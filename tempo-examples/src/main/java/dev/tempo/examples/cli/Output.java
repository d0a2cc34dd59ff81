package dev.tempo.examples.cli;

import dev.tempo.report.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a finished report to standard output or, whole or not at all, to a file. */
final class Output {
    private Output() {}

    /** Fails with a {@link UserError} when the file given to the option cannot be created for want of its folder; null passes. */
    static void checkFolder(Path file, String option) {
        if (file == null) {
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserError("cannot write " + option + " " + file + ": the folder " + dir + " does not exist");
        }
    }

    static void write(String report, Path file, PrintWriter out) {
        if (file == null) {
            out.print(report);
            out.flush();
            return;
        }
        checkFolder(file, "--output");
        try {
            AtomicFile.write(file, report);
        } catch (IOException e) {
            throw new UserError("cannot write --output " + file + ": " + e.getMessage());
        }
    }
}
