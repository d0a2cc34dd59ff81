package dev.tempo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several inputs are streamed: a JVM with a 32 MB heap assesses 2,500 descriptors and writes their
 * 10 MB JSON report. Reading every descriptor first and building the report in memory, as tempo did,
 * needs several times that heap and fails with out-of-memory here (exit 3).
 */
class StreamingTest {
    private static final int PROJECTS = 2_500;

    @TempDir
    Path dir;

    @Test
    void thousandsOfDescriptorsAreAssessedInASmallFixedHeap() throws IOException {
        String example;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("examples/credit-scoring.yaml")) {
            example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path folder = Files.createDirectories(dir.resolve("projects"));
        for (int i = 0; i < PROJECTS; i++) {
            String id = "p%04d".formatted(i);
            Files.writeString(folder.resolve(id + ".yaml"), example.replaceFirst("(?m)^(\\s*id:\\s*)credit-scoring\\s*$", "$1" + id));
        }
        Path report = dir.resolve("report.json");
        Cli cli = Cli.runInFreshJvm("32m", "assess", folder.toString(), "--format", "json", "--as-of", "2026-11-27",
                "--quiet", "--output", report.toString());

        assertThat(cli.exitCode()).as(cli.out()).isZero();
        String json = Files.readString(report);
        assertThat(json).startsWith("{\n  \"projects\": [\n    {\n      \"project\": \"p0000\"").contains("\"project\": \"p2499\"")
                .contains("\"portfolio\": {\n    \"projects\": " + PROJECTS + ",");
    }
}
