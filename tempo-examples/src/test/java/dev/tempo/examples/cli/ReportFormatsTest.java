package dev.tempo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.tempo.examples.cli.Examples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Markdown and SARIF reports of every shipped case study, pinned by golden files under
 * {@code src/test/resources/golden/} (regenerate with {@code -Dtempo.updateGolden=true}); the SARIF
 * validated against the OASIS SARIF 2.1.0 schema and GitHub's limits.
 */
class ReportFormatsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SARIF_SCHEMA = sarifSchema();

    private static Schema sarifSchema() {
        try (InputStream in = ReportFormatsTest.class.getClassLoader().getResourceAsStream("schemas/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<String> examples() {
        return Examples.FILES.stream();
    }

    private static String descriptor(String file) {
        return "src/main/resources/examples/" + file;
    }

    private static String render(String format, String... files) {
        List<String> args = new ArrayList<>(List.of("assess"));
        for (String file : files) {
            args.add(descriptor(file));
        }
        args.addAll(List.of("--format", format, "--as-of", "2026-11-27"));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        return cli.out();
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("tempo.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file %s is missing; regenerate with -Dtempo.updateGolden=true", golden).exists();
        assertThat(actual).as("%s differs from its golden file; regenerate with -Dtempo.updateGolden=true after checking the change", name)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    private static String base(String file) {
        return file.substring(0, file.lastIndexOf('.'));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void markdown_ofEachCase_isPinned(String file) throws IOException {
        String markdown = render("markdown", file);
        assertThat(markdown).startsWith("<!-- tempo-report: ").hasSizeLessThanOrEqualTo(dev.tempo.report.MarkdownReport.MAX_LENGTH);
        assertGolden(base(file) + ".md", markdown);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void sarif_ofEachCase_isPinned_andValidAgainstTheSchema(String file) throws IOException {
        String sarif = render("sarif", file);
        assertValidSarif(sarif);
        assertGolden(base(file) + ".sarif", sarif);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"text", "json", "markdown", "csv", "html"})
    void portfolio_ofEveryCase_isPinnedInEachFormat(String format) throws IOException {
        String report = render(format, Examples.FILES.toArray(String[]::new));
        String extension = switch (format) {
            case "text" -> "txt";
            case "markdown" -> "md";
            default -> format;
        };
        assertGolden("portfolio." + extension, report);
    }

    @Test
    void sarif_ofEveryCaseInOneRun_isValid_listsEveryRuleOnce_andPointsIntoEachFile() throws IOException {
        String sarif = render("sarif", Examples.FILES.toArray(String[]::new));
        assertValidSarif(sarif);
        JsonNode run = JSON.readTree(sarif).get("runs").get(0);
        assertThat(run.get("automationDetails").get("id").asText()).isEqualTo("tempo/portfolio/");
        Set<String> uris = new HashSet<>();
        run.get("results").forEach(r -> uris.add(r.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText()));
        assertThat(uris).containsExactlyInAnyOrderElementsOf(Examples.FILES.stream().map(ReportFormatsTest::descriptor).toList());
    }

    @Test
    void sarif_pointsAtTheFieldAFindingIsAbout_andFingerprintsAreStable() throws IOException {
        JsonNode run = JSON.readTree(render("sarif", "credit-scoring.yaml")).get("runs").get(0);
        JsonNode onDataset = null;
        for (JsonNode result : run.get("results")) {
            if (result.get("ruleId").asText().equals("TEMPO-DATA-02") && result.get("message").get("text").asText().contains("(repayment-history)")) {
                onDataset = result;
            }
        }
        assertThat(onDataset).isNotNull();
        JsonNode region = onDataset.get("locations").get(0).get("physicalLocation").get("region");
        List<String> lines = Files.readAllLines(Path.of(descriptor("credit-scoring.yaml")));
        assertThat(lines.get(region.get("startLine").asInt() - 1)).contains("name: repayment-history");
        assertThat(onDataset.get("level").asText()).isEqualTo("error");
        assertThat(onDataset.get("message").get("text").asText())
                .startsWith("Training data has no automated quality checks (repayment-history). ");
        String fingerprint = onDataset.get("partialFingerprints").get("tempoFinding/v1").asText();
        JsonNode again = JSON.readTree(render("sarif", "credit-scoring.yaml", "ecommerce-recommender.yaml")).get("runs").get(0);
        List<String> fingerprints = new ArrayList<>();
        again.get("results").forEach(r -> fingerprints.add(r.get("partialFingerprints").get("tempoFinding/v1").asText()));
        assertThat(fingerprints).contains(fingerprint);
    }

    @Test
    void theSchemaCheck_rejectsWhatIsNotSarif() throws IOException {
        JsonNode broken = JSON.readTree("{\"version\": \"3.0\", \"runs\": [{\"tool\": {}}]}");
        assertThat(SARIF_SCHEMA.validate(broken)).isNotEmpty();
    }

    private static void assertValidSarif(String sarif) throws IOException {
        JsonNode log = JSON.readTree(sarif);
        assertThat(SARIF_SCHEMA.validate(log)).as("SARIF schema errors").isEmpty();
        JsonNode run = log.get("runs").get(0);
        assertThat(log.get("runs")).hasSize(1);
        assertThat(run.get("results").size()).isLessThanOrEqualTo(dev.tempo.report.SarifReport.MAX_RESULTS);
        Set<String> ids = new HashSet<>();
        run.get("tool").get("driver").get("rules").forEach(rule -> {
            assertThat(ids.add(rule.get("id").asText())).as("rule %s listed once", rule.get("id")).isTrue();
            assertThat(rule.get("fullDescription").get("text").asText().length()).isLessThanOrEqualTo(1024);
            assertThat(rule.get("properties").has("security-severity")).isFalse();
        });
        run.get("results").forEach(result -> {
            assertThat(ids).contains(result.get("ruleId").asText());
            assertThat(result.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt()).isPositive();
        });
    }
}
