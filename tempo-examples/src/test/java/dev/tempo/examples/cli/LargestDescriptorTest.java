package dev.tempo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.descriptor.DescriptorReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The largest descriptor the reader accepts (1 MiB: 4,000 datasets of personal data and 4,000
 * regulated production models, each trained on one, so that most rules fire on each) is assessed by
 * the command line in a JVM with a 256 MB heap. When a rule joined every dataset with every model,
 * such a project needed gigabytes and failed here with out-of-memory (exit 3).
 */
class LargestDescriptorTest {
    private static final int EACH = 4_000;

    @TempDir
    Path dir;

    @Test
    void theLargestDescriptor_isAssessedIn256Mb() throws IOException {
        StringBuilder yaml = new StringBuilder("""
                project: {id: largest, industry: FINANCE, startedOn: 2026-01-01}
                jurisdictions:
                  - {code: EU, regime: GDPR, dataResidency: true, documentationRequired: true, thirdPartyAuditRequired: true}
                  - {code: US, regime: CCPA, dataResidency: false}
                datasets:
                """);
        for (int i = 0; i < EACH; i++) {
            yaml.append("  - {name: d").append(i).append(", personalData: true, specialCategoryData: true, subjectsIn: EU,")
                    .append(" storedIn: US, usedForTraining: true}\n");
        }
        yaml.append("models:\n");
        for (int i = 0; i < EACH; i++) {
            yaml.append("  - {name: m").append(i).append(", complexity: HIGH, stage: PRODUCTION, trainedOn: [d").append(i)
                    .append("], decisionType: CREDIT, explainability: NONE}\n");
        }
        Path descriptor = dir.resolve("largest.yaml");
        Files.writeString(descriptor, yaml);
        assertThat(Files.size(descriptor)).as("a descriptor close to the reader's limit")
                .isBetween(DescriptorReader.MAX_BYTES * 3L / 4, (long) DescriptorReader.MAX_BYTES);

        Path report = dir.resolve("report.json");
        Cli cli = Cli.runInFreshJvm("256m", "assess", descriptor.toString(), "--format", "json", "--as-of", "2026-11-27",
                "--quiet", "--output", report.toString());

        assertThat(cli.exitCode()).as(cli.out()).isZero();
        String json = Files.readString(report);
        assertThat(json).contains("\"project\": \"largest\"").contains("\"target\": \"m3999\"").contains("\"target\": \"d3999\"");
    }
}
