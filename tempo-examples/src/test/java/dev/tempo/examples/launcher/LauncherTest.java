package dev.tempo.examples.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The POSIX launcher ({@code src/main/dist/tempo}) on a stand-in jar: it passes arguments and the
 * exit code through, writes nothing of its own to standard output (the JVM's class-data messages
 * would corrupt {@code --format json}), creates its archive on the first run in the cache folder
 * and uses it after, and says clearly when there is no Java.
 */
class LauncherTest {
    private static final Path SCRIPT = Path.of("src", "main", "dist", "tempo");

    @TempDir
    Path dir;

    Path launcher;
    Path cache;

    @BeforeEach
    void install() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("dist"));
        launcher = Files.copy(SCRIPT, bin.resolve("tempo"));
        cache = dir.resolve("cache");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
        String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(bin.resolve("tempo.jar")), manifest);
                InputStream probe = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
            jar.putNextEntry(new JarEntry(entry));
            probe.transferTo(jar);
            jar.closeEntry();
        }
    }

    private record Run(int code, String out, String err) {}

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().remove("TEMPO_JAVA_OPTS");
        builder.environment().remove("TEMPO_CDS");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out, err);
    }

    private List<Path> archives() throws IOException {
        if (!Files.isDirectory(cache.resolve("tempo"))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache.resolve("tempo"))) {
            return files.toList();
        }
    }

    @Test
    void passesArgumentsAndExitCodeThroughAndCreatesTheArchiveOnce() throws Exception {
        Run first = run(Map.of(), "3", "a b", "--format", "json");

        assertThat(first.code()).isEqualTo(3);
        assertThat(first.out()).isEqualTo("3\na b\n--format\njson\n");
        assertThat(archives()).singleElement().satisfies(a -> assertThat(a.getFileName().toString()).matches("tempo-\\d+-\\d+\\.jsa"));

        Run second = run(Map.of(), "0", "x");

        assertThat(second.code()).isZero();
        assertThat(second.out()).isEqualTo("0\nx\n");
        assertThat(second.err()).isEmpty();
        assertThat(archives()).hasSize(1);
    }

    @Test
    void aStaleArchiveIsIgnoredSilently() throws Exception {
        run(Map.of(), "0");
        Path archive = archives().get(0);
        Files.write(archive, "not an archive".getBytes(StandardCharsets.UTF_8));

        Run run = run(Map.of(), "0", "still");

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("0\nstill\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void cdsOffCreatesNoArchive() throws Exception {
        Run run = run(Map.of("TEMPO_CDS", "off"), "1");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("1\n");
        assertThat(archives()).isEmpty();
    }

    @Test
    void saysSoWhenJavaHomeHasNoJava() throws Exception {
        Run run = run(Map.of("JAVA_HOME", dir.resolve("no-java").toString()), "0");

        assertThat(run.code()).isNotZero();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void saysSoWhenTheJarIsMissing() throws Exception {
        Files.delete(launcher.resolveSibling("tempo.jar"));

        Run run = run(Map.of(), "0");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no tempo.jar beside");
    }
}
