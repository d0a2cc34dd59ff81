package dev.tempo.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: to a temporary file beside it, then moved into place.
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
        write(file, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
    }

    /**
     * Replaces the file's content with the content of another file.
     *
     * @throws IOException as {@link #write(Path, String)}
     */
    public static void copy(Path content, Path file) throws IOException {
        write(file, temp -> {
            try (java.io.OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                Files.copy(content, out); // into the temporary file as created, keeping its permissions
            }
        });
    }

    private interface Filler {
        void fill(Path temp) throws IOException;
    }

    private static void write(Path file, Filler filler) throws IOException {
        Path target = file.toAbsolutePath();
        for (int links = 0; Files.isSymbolicLink(target); links++) {
            if (links == 40) {
                throw new IOException("it is a chain of more than 40 symbolic links");
            }
            target = target.resolveSibling(Files.readSymbolicLink(target)).normalize();
        }
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new IOException("it is a directory");
        }
        Path temp = newTemporaryFile(dir);
        try {
            filler.fill(temp);
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A new, empty file beside the target, created like any new file (not with the 600 of {@link Files#createTempFile}). */
    private static Path newTemporaryFile(Path dir) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve(".tempo-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (from != null && to != null) {
            to.setPermissions(from.readAttributes().permissions());
        }
    }
}
