package dev.tempo.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a file whole or not at all: to a temporary file beside it, then moved into place, so that a
 * reader never sees half a report.
 *
 * <p>A symbolic link is written through: the file it points to is replaced, and the link stays. An
 * existing file keeps its permissions; a new one gets the permissions of any new file (the umask's).
 */
public final class AtomicFile {
    private AtomicFile() {}

    /**
     * Replaces the file's content with the text (UTF-8).
     *
     * @throws IOException when the folder does not exist, the target is a directory, or writing fails;
     *                     the target is then left as it was
     */
    public static void write(Path file, String text) throws IOException {
        dev.tempo.internal.AtomicFile.write(file, text);
    }

    /**
     * Replaces the file's content with the content of another file (a report spooled to disk).
     *
     * @throws IOException as {@link #write(Path, String)}
     */
    public static void copy(Path content, Path file) throws IOException {
        dev.tempo.internal.AtomicFile.copy(content, file);
    }
}
