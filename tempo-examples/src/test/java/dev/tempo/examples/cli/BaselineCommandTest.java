package dev.tempo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AS_OF = "2026-11-27";
    private static final String CREDIT_SCORING_BASELINE = """
            {
              "version": 1,
              "findings": [
                {"projectId": "credit-scoring", "ruleId": "TEMPO-DATA-01", "target": null},
                {"projectId": "credit-scoring", "ruleId": "TEMPO-DATA-02", "target": "loan-applications"},
                {"projectId": "credit-scoring", "ruleId": "TEMPO-DATA-02", "target": "repayment-history"},
                {"projectId": "credit-scoring", "ruleId": "TEMPO-DATA-09", "target": null},
                {"projectId": "credit-scoring", "ruleId": "TEMPO-MODEL-03", "target": "pd-model"}
              ]
            }
            """;

    @TempDir
    Path dir;

    private Path creditScoring;
    private Path baseline;

    @BeforeEach
    void copyTheCaseStudy() throws IOException {
        creditScoring = dir.resolve("credit-scoring.yaml");
        Files.writeString(creditScoring, example("credit-scoring.yaml"));
        baseline = dir.resolve("baseline.json");
    }

    private static String example(String file) throws IOException {
        try (InputStream in = BaselineCommandTest.class.getClassLoader().getResourceAsStream("examples/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The case study with training data that is not versioned: one more finding, TEMPO-DATA-06 on loan-applications. */
    private Path withOneMoreFinding() throws IOException {
        return Files.writeString(dir.resolve("worse.yaml"), example("credit-scoring.yaml").replaceFirst("versioned: true", "versioned: false"));
    }

    /** The case study with quality checks on repayment-history: TEMPO-DATA-02 on it is fixed. */
    private Path withOneFindingFixed() throws IOException {
        String text = example("credit-scoring.yaml");
        int repayment = text.indexOf("name: repayment-history");
        int checks = text.indexOf("qualityChecks: false", repayment);
        return Files.writeString(dir.resolve("better.yaml"),
                text.substring(0, checks) + "qualityChecks: true" + text.substring(checks + "qualityChecks: false".length()));
    }

    private Cli record(String... files) {
        List<String> args = new ArrayList<>(List.of("assess"));
        args.addAll(List.of(files));
        args.addAll(List.of("--as-of", AS_OF, "--baseline", baseline.toString(), "--update-baseline"));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void updateBaseline_recordsTheActiveFindings_reportsAsUsual_andNeverGates() throws IOException {
        Cli cli = Cli.run("assess", creditScoring.toString(), "--as-of", AS_OF, "--fail-on", "high",
                "--baseline", baseline.toString(), "--update-baseline");

        assertThat(cli.exitCode()).isZero();
        assertThat(Files.readString(baseline)).isEqualTo(CREDIT_SCORING_BASELINE);
        assertThat(cli.out()).startsWith("tempo assessment of credit-scoring as of 2026-11-27\n")
                .contains("Against the baseline: 5 new, 0 known, 0 fixed");
        assertThat(cli.err()).isEqualTo("tempo: recorded 5 accepted finding(s) in " + baseline + "\n");
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void updateBaseline_twice_givesByteIdenticalFiles() throws IOException {
        record(creditScoring.toString());
        byte[] first = Files.readAllBytes(baseline);
        record(creditScoring.toString());

        assertThat(Files.readAllBytes(baseline)).isEqualTo(first);
    }

    @Test
    void unchangedProject_passesTheGate() {
        record(creditScoring.toString());

        Cli cli = Cli.run("assess", creditScoring.toString(), "--as-of", AS_OF, "--fail-on", "high", "--baseline", baseline.toString());

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).endsWith("Against the baseline: 0 new, 5 known, 0 fixed\n");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void oneMoreFinding_failsTheGate_namingOnlyTheNewFinding() throws IOException {
        record(creditScoring.toString());

        Cli cli = Cli.run("assess", withOneMoreFinding().toString(), "--as-of", AS_OF, "--fail-on", "high", "--baseline", baseline.toString());

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out()).endsWith("Against the baseline: 1 new, 5 known, 0 fixed\n"
                + "New (1), not in the baseline:\n"
                + "  HIGH     TEMPO-DATA-06 [loan-applications]: Training data is not versioned\n");
        assertThat(cli.err()).isEqualTo("tempo: 1 new finding(s) at or above HIGH, not in the baseline " + baseline + "\n");
    }

    @Test
    void withoutTheBaseline_theSameProjectFailsTheGate() throws IOException {
        Cli cli = Cli.run("assess", withOneMoreFinding().toString(), "--as-of", AS_OF, "--fail-on", "high");

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("tempo: 4 finding(s) at or above HIGH\n");
    }

    @Test
    void newFindingBelowFailOn_passesTheGate_butIsReportedAsNew() throws IOException {
        record(creditScoring.toString());

        Cli cli = Cli.run("assess", withOneMoreFinding().toString(), "--as-of", AS_OF, "--fail-on", "critical", "--baseline", baseline.toString());

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("New (1), not in the baseline:\n  HIGH     TEMPO-DATA-06 [loan-applications]");
    }

    @Test
    void fixedFinding_isReported_inTextAndJson() throws IOException {
        record(creditScoring.toString());
        Path better = withOneFindingFixed();

        Cli text = Cli.run("assess", better.toString(), "--as-of", AS_OF, "--fail-on", "high", "--baseline", baseline.toString());
        Cli json = Cli.run("assess", better.toString(), "--as-of", AS_OF, "--format", "json", "--baseline", baseline.toString());

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).endsWith("Against the baseline: 0 new, 4 known, 1 fixed\n"
                + "Fixed (1), in the baseline but no longer found; update the baseline to drop them:\n"
                + "  TEMPO-DATA-02 [repayment-history]\n");
        JsonNode report = JSON.readTree(json.out());
        assertThat(report.get("baseline").toString()).isEqualTo("{\"file\":\"" + baseline.toString().replace("\\", "\\\\")
                + "\",\"new\":[],\"fixed\":[{\"projectId\":\"credit-scoring\",\"ruleId\":\"TEMPO-DATA-02\",\"target\":\"repayment-history\"}]}");
    }

    @Test
    void json_addsTheBaselineObjectAfterTheContractsKeys_toEveryAssessment() throws IOException {
        record(creditScoring.toString());

        Cli cli = Cli.run("assess", withOneMoreFinding().toString(), creditScoring.toString(), "--as-of", AS_OF,
                "--format", "json", "--baseline", baseline.toString());

        assertThat(cli.exitCode()).isZero();
        JsonNode reports = JSON.readTree(cli.out()).get("projects");
        assertThat(reports.size()).isEqualTo(2);
        List<String> keys = new ArrayList<>();
        reports.get(0).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("project", "asOf", "labels", "tempo", "scores", "delivery", "findings", "unknowns", "waived", "expiredWaivers", "baseline");
        assertThat(reports.get(0).get("baseline").get("new").toString())
                .isEqualTo("[{\"projectId\":\"credit-scoring\",\"ruleId\":\"TEMPO-DATA-06\",\"target\":\"loan-applications\"}]");
        assertThat(reports.get(1).get("baseline").get("new").size()).isZero();
        assertThat(reports.get(1).get("baseline").get("fixed").size()).isZero();
    }

    @Test
    void updateBaseline_replacesTheAssessedProjects_andKeepsTheOthers() throws IOException {
        Path retailer = Files.writeString(dir.resolve("overseas-retailer.yaml"), example("overseas-retailer.yaml"));
        record(creditScoring.toString(), retailer.toString());
        String retailerLines = Files.readAllLines(baseline).stream().filter(l -> l.contains("overseas-retailer"))
                .reduce("", (a, b) -> a + b + "\n");

        record(withOneFindingFixed().toString());

        String updated = Files.readString(baseline);
        assertThat(updated).contains(retailerLines)
                .doesNotContain("repayment-history")
                .contains("{\"projectId\": \"credit-scoring\", \"ruleId\": \"TEMPO-DATA-02\", \"target\": \"loan-applications\"}");
        assertThat(retailerLines).isNotEmpty();
    }

    @Test
    void missingBaseline_exitsTwo_andWritesNothing() {
        Path report = dir.resolve("report.txt");

        Cli cli = Cli.run("assess", creditScoring.toString(), "--baseline", baseline.toString(), "--output", report.toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("tempo: --baseline " + baseline + " does not exist; record one first with --baseline "
                + baseline + " --update-baseline\n");
        assertThat(cli.out()).isEmpty();
        assertThat(report).doesNotExist();
        assertThat(baseline).doesNotExist();
    }

    @Test
    void updateBaselineWithoutBaseline_isAUsageError() {
        Cli cli = Cli.run("assess", creditScoring.toString(), "--update-baseline");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("tempo: --update-baseline needs --baseline FILE, the file to record the findings in\n");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void badBaselineFile_exitsTwoAtItsLineAndColumn_andWritesNothing() throws IOException {
        Files.writeString(baseline, "{\n  \"version\": 1,\n  \"findings\": [\n    {\"projectId\": \"credit-scoring\", \"rule\": \"TEMPO-DATA-01\"}\n  ]\n}\n");
        Path report = dir.resolve("report.json");

        Cli cli = Cli.run("assess", creditScoring.toString(), "--format", "json", "--baseline", baseline.toString(), "--output", report.toString());
        Cli recording = record(creditScoring.toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("tempo: " + baseline + ":4:45: findings[0].rule is not a known field;"
                + " known fields: projectId, ruleId, target; maybe you meant ruleId?\n");
        assertThat(cli.out()).isEmpty();
        assertThat(report).doesNotExist();
        assertThat(recording.exitCode()).isEqualTo(2);
        assertThat(Files.readString(baseline)).contains("\"rule\": \"TEMPO-DATA-01\"");
    }

    @Test
    void unsupportedBaselineVersion_exitsTwo() throws IOException {
        Files.writeString(baseline, "{\"version\": 2, \"findings\": []}\n");

        Cli cli = Cli.run("assess", creditScoring.toString(), "--baseline", baseline.toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("tempo: " + baseline + ":1:13: version is 2; this tempo reads baseline format version 1 only\n");
    }

    @Test
    void updateBaseline_withABadDescriptor_leavesTheBaselineAlone() throws IOException {
        record(creditScoring.toString());
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "project: {id: demo, colour: red}\n");

        Cli cli = record(creditScoring.toString(), bad.toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(Files.readString(baseline)).isEqualTo(CREDIT_SCORING_BASELINE);
    }

    @Test
    void updateBaseline_withAnUnwritableOutput_writesNeither() {
        Path report = dir.resolve("nope/report.txt");

        Cli cli = Cli.run("assess", creditScoring.toString(), "--baseline", baseline.toString(), "--update-baseline",
                "--output", report.toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("cannot write --output").contains("does not exist");
        assertThat(baseline).doesNotExist();
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void updateBaseline_inAMissingFolder_exitsTwo_andPrintsNothing() {
        Path elsewhere = dir.resolve("nope/baseline.json");

        Cli cli = Cli.run("assess", creditScoring.toString(), "--baseline", elsewhere.toString(), "--update-baseline");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("tempo: cannot write --baseline " + elsewhere + ": the folder " + elsewhere.getParent()
                + " does not exist\n");
        assertThat(cli.out()).isEmpty();
    }
}
