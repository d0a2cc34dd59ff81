package dev.tempo.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, ".tempo-", ".tmp");
            Files.writeString(temp, report, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserError("cannot write --output " + file + ": " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the report was written or the error above says why not; a stray temp file is harmless
                }
            }
        }
    }
}
