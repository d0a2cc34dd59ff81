package dev.tempo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheContent_keepingTheFilesPermissions() throws IOException {
        Path file = Files.writeString(dir.resolve("report.json"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFile.write(file, "new");
        assertThat(file).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFile.write(file, "newer");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
    }

    @Test
    void aNewFile_getsTheUsualPermissions_notThoseOfATemporaryFile() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain"), "x");
        Path file = dir.resolve("new.json");
        AtomicFile.write(file, "content");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aSymbolicLink_isWrittenThrough_andStaysALink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real.json"));
        AtomicFile.write(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("new");
    }

    @Test
    void aDirectoryOrAMissingFolder_isRefused_andNothingIsLeftBehind() throws IOException {
        assertThatThrownBy(() -> AtomicFile.write(dir, "x")).isInstanceOf(IOException.class).hasMessage("it is a directory");
        assertThatThrownBy(() -> AtomicFile.write(dir.resolve("missing/file"), "x")).isInstanceOf(IOException.class)
                .hasMessageContaining("does not exist");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
