package dev.tempo.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A temporary file a report is written to before it is published whole. */
final class Spool {
    private Spool() {}

    static Path create() {
        try {
            Path file = Files.createTempFile("tempo-report-", ".spool");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the report in " + System.getProperty("java.io.tmpdir"), e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind is not worth failing the run for
        }
    }
}
