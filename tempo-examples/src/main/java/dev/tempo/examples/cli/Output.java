package dev.tempo.examples.cli;

import dev.tempo.report.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

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

    /**
     * Fails with a {@link UserError} when {@code --output} names one of the inputs (a descriptor, the
     * policy, the baseline, a rule pack): the report would replace it.
     */
    static void checkNotAnInput(Path output, Collection<Path> inputs) {
        if (output == null) {
            return;
        }
        for (Path input : inputs) {
            if (input != null && isSameFile(output, input)) {
                throw new UserError("--output " + output + " is the input " + input + "; the report would replace it."
                        + " Write the report to another file");
            }
        }
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }

    /** Publishes a report spooled to a file: to standard output, or atomically to --output. */
    static void write(Path spool, Path file, PrintWriter out) {
        if (file == null) {
            try (java.io.Reader in = Files.newBufferedReader(spool, java.nio.charset.StandardCharsets.UTF_8)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read the spooled report " + spool, e);
            }
            out.flush();
            return;
        }
        checkFolder(file, "--output");
        try {
            AtomicFile.copy(spool, file);
        } catch (IOException e) {
            throw new UserError("cannot write --output " + file + ": " + e.getMessage());
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
