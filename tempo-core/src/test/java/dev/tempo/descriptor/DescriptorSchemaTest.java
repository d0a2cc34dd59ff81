package dev.tempo.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The descriptor schema accepts the complete descriptors and DESCRIPTOR.md's example, and rejects
 * the reader's bad inputs at the field the reader names.
 *
 * <p>Left to the reader, as a schema cannot express them, and so not listed here: duplicate names
 * (datasets, models, jurisdiction codes, (tool, team) pairs, {@code trainedOn} entries); references
 * to undeclared datasets, tools, models and jurisdictions; duplicate keys, YAML aliases, several
 * documents in one file, syntax errors, control characters, bad UTF-8 and the size limits, which
 * are about the text rather than the data a schema sees.
 */
class DescriptorSchemaTest {
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    private final DescriptorReader reader = new DescriptorReader();

    static Stream<Arguments> badDescriptors() {
        return Stream.of(
                // unknown fields
                bad("unknown nested field", "team:\n  members:\n    - name: ana\n      experiance: 3\n"),
                bad("unknown top-level field", "owner: me\n"),
                bad("derived property as a field", "models:\n  - name: m\n    complex: true\n"),
                bad("unknown field in a list entry", "waivers:\n  - rule: TEMPO-GOALS-01\n    reason: r\n    expires: 2027-01-01\n    reson: typo\n"),
                // wrong types
                bad("quoted number", "team:\n  concurrentProjects: \"12\"\n"),
                bad("list for text", "goals:\n  why: [a, b]\n"),
                bad("number for a flag", "regulation:\n  dpiaCompleted: 1\n"),
                bad("quoted flag", "regulation:\n  dpiaCompleted: \"true\"\n"),
                bad("YAML flag for text", "goals:\n  replaces: no\n"),
                bad("decimal for a whole number", "goals:\n  stakeholderReviewDays: 14.5\n"),
                bad("text for a list", "goals:\n  endUsers: underwriters\n"),
                bad("list for a section", "team: [ana, bo]\n"),
                bad("quoted cost", "models:\n  - name: ranker\n    monthlyBudget: \"5000\"\n"),
                bad("null list entry", "goals:\n  risks: [delays, ~]\n"),
                // out of range
                bad("negative experience", "team:\n  members:\n    - name: ana\n    - name: cy\n      experienceYears: -3\n"),
                bad("negative latency", "models:\n  - name: ranker\n    p95LatencyMs: -5\n"),
                bad("negative compute growth", "infrastructure:\n  computeGrowthGpuHoursPerMonth: -10\n"),
                bad("negative record count", "datasets:\n  - name: orders\n    records: -1\n"),
                bad("whole number too large", "team:\n  concurrentProjects: 99999999999\n"),
                bad("count too large for a long", "datasets:\n  - name: orders\n    records: 9223372036854775808\n"),
                bad("number too large for a double", "infrastructure:\n  storageUsedTb: 1e400\n"),
                // missing required fields
                bad("no project id", "  name: Credit scoring\n", "project:\n"),
                bad("no dataset name", "datasets:\n  - owner: nobody\n"),
                bad("blank model name", "models:\n  - name: \" \"\n"),
                bad("no waiver reason", "waivers:\n  - rule: TEMPO-TEAM-08\n    expires: 2026-12-31\n"),
                bad("no event kind", "history:\n  - date: 2026-03-02\n    kind: null\n"),
                // bad values
                bad("bad project id", "", "project:\n  id: Credit_Scoring\n"),
                bad("unknown enum value", "datasets:\n  - name: d\n    availability: SOMETIMES\n"),
                bad("unknown metric kind", "goals:\n  successMetrics:\n    - name: AUC\n      kind: TECHNICAL\n"),
                bad("unknown stage", "models:\n  - name: ranker\n    stage: LIVE\n"),
                bad("number for an enum", "models:\n  - name: ranker\n    complexity: 3\n"),
                // dates
                bad("impossible date", "goals:\n  deadline: 2026-13-40\n"),
                bad("30 February", "models:\n  - name: ranker\n    experimentStartedOn: 2026-02-30\n"),
                bad("29 February of a common year", "lastToolAuditOn: 2100-02-29\n"),
                bad("number for a date", "goals:\n  deadline: 20260110\n"),
                bad("date before 1900", "history:\n  - {date: 1899-12-31, kind: DEPLOYMENT}\n"),
                bad("date after 9999", "datasets:\n  - name: orders\n    lastRefreshed: +999999999-12-31\n"),
                // labels
                bad("bad label key", "", "project:\n  id: p\n  labels: {Cost Centre: risk}\n"),
                bad("list as a label value", "models:\n  - name: ranker\n    labels: {tier: [gold]}\n"),
                bad("null label value", "tools:\n  - name: mlflow\n    labels: {owner: ~}\n"),
                bad("label value of 257 characters", "datasets:\n  - name: d\n    labels: {k: " + "x".repeat(257) + "}\n"),
                bad("65 labels", "team:\n  members:\n    - name: ana\n      labels: {" + labels(65) + "}\n"),
                // documents
                bad("no project section", "", "goals:\n  why: faster lending\n"),
                bad("a list for a document", "", "- project\n- datasets\n"));
    }

    /** A descriptor with project p and the given lines, or exactly the given text when a project section is given. */
    private static Arguments bad(String name, String lines) {
        return bad(name, lines, "project:\n  id: p\n");
    }

    private static Arguments bad(String name, String lines, String project) {
        return Arguments.of(name, project + lines);
    }

    private static String labels(int count) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            labels.add("k" + i + ": v");
        }
        return String.join(", ", labels);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDescriptors")
    void aDescriptorTheReaderRejects_theSchemaRejects_atTheSameField(String name, String yaml) {
        Problem problem = Rejection.of(() -> reader.readProject(new StringReader(yaml), "project.yaml"));
        List<String> errors = SchemaCheck.errors(SchemaCheck.DESCRIPTOR, yaml, "project.yaml");

        assertThat(errors).as("the schema's errors for %s (the reader: %s)", name, problem).isNotEmpty()
                .anyMatch(error -> SchemaCheck.isAbout(error, problem.path()));
    }

    @Test
    void theCompleteDescriptors_andDescriptorMdsExample_areValid() throws IOException {
        for (String file : List.of("complete.yaml", "complete.json")) {
            String content = Files.readString(Path.of("src/test/resources/descriptors", file), StandardCharsets.UTF_8);
            reader.readProject(new StringReader(content), file);
            assertThat(SchemaCheck.errors(SchemaCheck.DESCRIPTOR, content, file)).as(file).isEmpty();
        }
        String example = yamlBlocks().get(0);
        reader.readProject(new StringReader(example), "DESCRIPTOR.md");
        assertThat(SchemaCheck.errors(SchemaCheck.DESCRIPTOR, example, "DESCRIPTOR.md")).isEmpty();
    }

    @Test
    void enumValues_areAcceptedInAnyCase_asTheReaderAcceptsThem() {
        String yaml = """
                project: {id: p, industry: Healthcare}
                dataOps: {maturity: ad_hoc}
                datasets:
                  - {name: d, availability: pending_access, pipeline: Automated}
                models:
                  - {name: a, complexity: high, stage: PRODUCTION, explainability: In_Place}
                  - {name: b, complexity: HIGH, family: llm, decisionType: Credit}
                  - {name: c, complexity: Very_High}
                jurisdictions:
                  - {code: EU, regime: uk_gdpr}
                history:
                  - {date: 2026-01-02, kind: incident_resolved}
                """;
        reader.readProject(new StringReader(yaml), "project.yaml");
        assertThat(SchemaCheck.errors(SchemaCheck.DESCRIPTOR, yaml, "project.yaml")).isEmpty();
        assertThat(SchemaCheck.errors(SchemaCheck.DESCRIPTOR, yaml.replace("Very_High", "Very High"), "project.yaml"))
                .singleElement().asString().startsWith("/models/2/complexity: ");
    }

    @Test
    void numbersWhereTextIsExpected_areTakenAsWritten_byTheSchemaAsByTheReader() {
        String yaml = "project: {id: p, name: 2026}\ntools:\n  - {name: mlflow, version: 2.10}\ngoals: {endUsers: [1, 2.5]}\n";
        assertThat(reader.readProject(new StringReader(yaml), "project.yaml").tools().get(0).version()).isEqualTo("2.10");
        assertThat(SchemaCheck.errors(SchemaCheck.DESCRIPTOR, yaml, "project.yaml")).isEmpty();
    }

    @Test
    void datesFrom1900To9999_thatExist_areAccepted_andNoOthers_byTheSchemaAsByTheReader() {
        List<String> differences = new ArrayList<>();
        for (int year : new int[] {1899, 1900, 1904, 1999, 2000, 2023, 2024, 2100, 2400, 9996, 9999}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String date = String.format("%d-%02d-%02d", year, month, day);
                    String json = "{\"project\": {\"id\": \"p\", \"startedOn\": \"" + date + "\"}}";
                    boolean readerAccepts = accepts(json);
                    boolean schemaAccepts = SchemaCheck.errors(SchemaCheck.DESCRIPTOR, json, "p.json").isEmpty();
                    if (readerAccepts != schemaAccepts) {
                        differences.add(date + (readerAccepts ? " is accepted by the reader only" : " is accepted by the schema only"));
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    private boolean accepts(String json) {
        try {
            reader.readProject(new StringReader(json), "p.json");
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    static List<String> yamlBlocks() throws IOException {
        Matcher blocks = YAML_BLOCK.matcher(Files.readString(Path.of("DESCRIPTOR.md"), StandardCharsets.UTF_8));
        List<String> found = new ArrayList<>();
        while (blocks.find()) {
            found.add(blocks.group(1));
        }
        return found;
    }
}
