package dev.tempo.engine;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of a rule pack's root, a folder or a jar, by {@code /}-separated paths relative to it.
 * Closing releases the jar.
 */
abstract class PackFiles implements Closeable {
    private final UnaryOperator<String> display;

    private PackFiles(UnaryOperator<String> display) {
        this.display = display;
    }

    /** Files of a folder. */
    static PackFiles folder(Path root, UnaryOperator<String> display) {
        return new Folder(root, display);
    }

    /**
     * Files of a jar.
     *
     * @throws IOException when it is not a readable jar
     */
    static PackFiles jar(Path jar, UnaryOperator<String> display) throws IOException {
        return new Jar(new ZipFile(jar.toFile()), display);
    }

    /** The name a user knows a file by, for errors and {@link DrlSource#name()}. */
    final String display(String path) {
        return display.apply(path);
    }

    abstract boolean isFile(String path);

    abstract boolean isFolder(String path);

    /** The {@code .drl} files below a folder ({@code ""} is the root), sorted by path. */
    abstract List<String> drlFilesUnder(String folder) throws IOException;

    /**
     * A file's text.
     *
     * @throws CharacterCodingException when it is not UTF-8
     * @throws IOException              when it cannot be read
     */
    abstract String read(String path) throws IOException;

    static boolean isDrl(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".drl");
    }

    static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static final class Folder extends PackFiles {
        private final Path root;

        Folder(Path root, UnaryOperator<String> display) {
            super(display);
            this.root = root;
        }

        @Override
        boolean isFile(String path) {
            return Files.isRegularFile(root.resolve(path));
        }

        @Override
        boolean isFolder(String path) {
            return Files.isDirectory(root.resolve(path));
        }

        @Override
        List<String> drlFilesUnder(String folder) throws IOException {
            List<String> found = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root.resolve(folder))) {
                files.filter(Files::isRegularFile).filter(p -> isDrl(p.getFileName().toString()))
                        .forEach(p -> found.add(root.relativize(p).toString().replace(root.getFileSystem().getSeparator(), "/")));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Collections.sort(found);
            return found;
        }

        @Override
        String read(String path) throws IOException {
            return utf8(Files.readAllBytes(root.resolve(path)));
        }

        @Override
        public void close() {
            // nothing held open
        }
    }

    private static final class Jar extends PackFiles {
        private final ZipFile zip;

        Jar(ZipFile zip, UnaryOperator<String> display) {
            super(display);
            this.zip = zip;
        }

        @Override
        boolean isFile(String path) {
            ZipEntry entry = zip.getEntry(path);
            return entry != null && !entry.isDirectory();
        }

        @Override
        boolean isFolder(String path) {
            String prefix = path.isEmpty() ? "" : path + "/";
            return zip.stream().anyMatch(e -> e.getName().startsWith(prefix));
        }

        @Override
        List<String> drlFilesUnder(String folder) {
            String prefix = folder.isEmpty() ? "" : folder + "/";
            return zip.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(prefix) && isDrl(e.getName()))
                    .map(ZipEntry::getName).sorted().toList();
        }

        @Override
        String read(String path) throws IOException {
            try (InputStream in = zip.getInputStream(zip.getEntry(path))) {
                return utf8(in.readAllBytes());
            }
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }
}
