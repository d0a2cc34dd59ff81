package dev.tempo.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.model.Availability;
import dev.tempo.model.Capability;
import dev.tempo.model.Complexity;
import dev.tempo.model.Dataset;
import dev.tempo.model.EventKind;
import dev.tempo.model.Industry;
import dev.tempo.model.MetricKind;
import dev.tempo.model.Model;
import dev.tempo.model.Pipeline;
import dev.tempo.model.Problem;
import dev.tempo.model.Project;
import dev.tempo.model.Regime;
import dev.tempo.model.Role;
import dev.tempo.model.SuccessMetric;
import dev.tempo.model.Tool;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorReaderTest {
    private final DescriptorReader reader = new DescriptorReader();

    private static Path resource(String name) {
        try {
            return Path.of(DescriptorReaderTest.class.getResource("/descriptors/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Problem rejected(String yaml) {
        return Rejection.of(() -> reader.readProject(new StringReader(yaml), "project.yaml"));
    }

    private static void assertAt(Problem problem, String path, int line, int column) {
        assertThat(problem.source()).isEqualTo("project.yaml");
        assertThat(problem.path()).isEqualTo(path);
        assertThat(problem.line()).as("line").isEqualTo(line);
        assertThat(problem.column()).as("column").isEqualTo(column);
    }

    // --- every mistake at once

    private List<Problem> allProblems(String yaml) {
        try {
            reader.readProject(new StringReader(yaml), "project.yaml");
        } catch (dev.tempo.model.InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    @Test
    void fiveMistakes_giveFiveProblemsInOneException_inDocumentOrder() {
        List<Problem> problems = allProblems("""
                project:
                  id: p
                  startedOn: 2026-02-30
                goals:
                  deadlne: 2027-01-01
                team:
                  members:
                    - name: ana
                      experienceYears: -3
                models:
                  - name: ranker
                    trainedOn: [orders]
                    monitored: "yes"
                """);
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "project.yaml:3:14: project.startedOn is \"2026-02-30\"; must be a date written YYYY-MM-DD",
                "project.yaml:5:12: goals.deadlne is not a known field; known fields: why, outcome, framing, replaces, endUsers,"
                        + " successMetrics, risks, deadline, stakeholderReviewDays, scopeDefined; maybe you meant deadline?",
                "project.yaml:9:24: team.members[0].experienceYears is -3; must be 0 or more",
                "project.yaml:12:17: models[0].trainedOn[0] is \"orders\", which is not a declared dataset; declared datasets: none",
                "project.yaml:13:16: models[0].monitored is \"yes\"; must be true or false (write it without quotes)");
    }

    @Test
    void aListEntryThatCannotBeBuilt_isLeftOut_andLaterEntriesKeepTheirIndexes() {
        List<Problem> problems = allProblems("""
                project:
                  id: p
                datasets:
                  - owner: nobody
                  - name: orders
                    records: -1
                  - name: orders
                  - name: clicks
                    maxAgeDays: -2
                """);
        assertThat(problems).extracting(Problem::path, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("datasets[0].name", "is required"),
                org.assertj.core.groups.Tuple.tuple("datasets[1].records", "is -1; must be 0 or more"),
                org.assertj.core.groups.Tuple.tuple("datasets[2].name", "is orders, which is already declared; must be unique"),
                org.assertj.core.groups.Tuple.tuple("datasets[3].maxAgeDays", "is -2; must be 0 or more"));
        List<Problem> duplicate = allProblems("""
                project:
                  id: p
                datasets:
                  - name: orders
                  - name: orders
                  - name: clicks
                    records: -1
                """);
        assertThat(duplicate).extracting(Problem::path).containsExactly("datasets[1].name", "datasets[2].records");
    }

    @Test
    void aWrongValueOfARequiredField_isOneProblem_notAlsoAMissingField() {
        List<Problem> inAList = allProblems("""
                project:
                  id: p
                models:
                  - name: " "
                    complexity: HUGE
                  - name: ranker
                    stage: LIVE
                """);
        assertThat(inAList).extracting(Problem::path).containsExactly("models[0].name", "models[0].complexity", "models[1].stage");
        List<Problem> inASection = allProblems("""
                project:
                  id: Not An Id
                """);
        assertThat(inASection).extracting(Problem::path).containsExactly("project.id");
    }

    @Test
    void labels_areReadOnEveryLabelledPart_sortedByKey() {
        Project project = reader.readProject(new StringReader("""
                project:
                  id: p
                  labels: {cost-centre: risk-analytics, region: emea}
                datasets:
                  - name: orders
                    labels: {steward: data-platform}
                models:
                  - name: ranker
                    labels: {tier: gold, owner: ana, sla/hours: 4}
                tools:
                  - name: mlflow
                    labels: {licence: apache-2.0}
                team:
                  members:
                    - name: ana
                      labels: {on-call: "yes"}
                """), "project.yaml");
        assertThat(project.project().labels()).containsExactly(Map.entry("cost-centre", "risk-analytics"), Map.entry("region", "emea"));
        assertThat(project.datasets().get(0).label("steward")).isEqualTo("data-platform");
        assertThat(project.models().get(0).labels().keySet()).containsExactly("owner", "sla/hours", "tier");
        assertThat(project.models().get(0).label("sla/hours")).as("a number written as a value is its text").isEqualTo("4");
        assertThat(project.tools().get(0).hasLabel("licence")).isTrue();
        assertThat(project.team().members().get(0).label("on-call")).isEqualTo("yes");
        assertThat(project.models().get(0).label("missing")).isNull();
        assertThat(reader.readProject(new StringReader("project: {id: q}"), "p.yaml").project().labels()).isEmpty();
    }

    @Test
    void badLabels_areRejectedAtTheirLine_everyOneOfThem() {
        List<Problem> problems = allProblems("""
                project:
                  id: p
                  labels: {Cost Centre: risk}
                models:
                  - name: ranker
                    labels: {tier: [gold]}
                  - name: scorer
                    labels: {owner: ~}
                """);
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "project.yaml:3:25: project.labels.Cost Centre is not a label key; keys must match [a-z0-9][a-z0-9._/-]{0,63}"
                        + " (lower-case letters, digits, '.', '_', '/' and '-')",
                "project.yaml:6:20: models[0].labels.tier is a list; must be text",
                "project.yaml:8:21: models[1].labels.owner is null; must be a value (leave the entry out instead)");
        StringBuilder many = new StringBuilder("project:\n  id: p\n  labels:\n");
        for (int i = 0; i < 65; i++) {
            many.append("    k").append(i).append(": v\n");
        }
        assertThat(rejected(many.toString()).message()).isEqualTo("has 65 labels; must have at most 64");
        assertThat(rejected("project: {id: p, labels: {k: " + "x".repeat(257) + "}}").message())
                .isEqualTo("is 257 characters long; must be at most 256");
    }

    @Test
    void aGarbageFile_isRejectedQuickly_withAtMostAHundredProblems() {
        StringBuilder yaml = new StringBuilder("project:\n  id: p\n");
        for (int i = 0; i < 150; i++) {
            yaml.append("unknown").append(i).append(": ").append(i).append('\n');
        }
        List<Problem> problems = allProblems(yaml.toString());
        assertThat(problems).hasSize(DescriptorReader.MAX_PROBLEMS + 1);
        assertThat(problems.get(0).path()).isEqualTo("unknown0");
        assertThat(problems.get(DescriptorReader.MAX_PROBLEMS).message())
                .isEqualTo("has more mistakes; only the first 100 are reported");
    }

    // --- complete descriptors

    @Test
    void completeYaml_readsEveryField() {
        Project project = reader.readProject(resource("complete.yaml"));

        assertThat(project.id()).isEqualTo("credit-scoring");
        assertThat(project.project().industry()).isEqualTo(Industry.FINANCE);
        assertThat(project.project().startedOn()).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(project.goals().endUsers()).containsExactly("underwriters", "risk committee");
        assertThat(project.goals().successMetrics().get(0).target()).isEqualTo("< 2.5%");
        assertThat(project.goals().stakeholderReviewDays()).isEqualTo(14);

        Dataset applications = project.datasets().get(0);
        assertThat(applications.records()).isEqualTo(800_000L);
        assertThat(applications.lastRefreshed()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(applications.pipeline()).isEqualTo(Pipeline.MANUAL);
        assertThat(applications.specialCategoryData()).isFalse();
        assertThat(project.datasets().get(1).availability()).isEqualTo(Availability.PENDING_ACCESS);
        assertThat(project.datasets().get(1).qualityChecks()).as("absent means unknown").isNull();

        assertThat(project.team().members()).hasSize(2);
        assertThat(project.team().members().get(0).role()).isEqualTo(Role.DATA_SCIENTIST);
        assertThat(project.team().members().get(1).experienceYears()).isEqualTo(1.5);
        assertThat(project.team().members().get(0).responsibilities()).containsExactly("feature engineering", "model training");
        assertThat(project.team().communicationCadenceDays()).isEqualTo(7);

        assertThat(project.infrastructure().storageUsedTb()).isEqualTo(30.5);
        assertThat(project.infrastructure().separateEnvironments()).containsExactly("EU", "US");

        assertThat(project.tools()).extracting(Tool::version).containsExactly("2.14", "2.10", null);
        assertThat(project.tools().get(1).capability()).isEqualTo(Capability.MODEL_REGISTRY);
        assertThat(project.tools().get(2).incompatibleWith()).containsExactly("mlflow");
        assertThat(project.lastToolAuditOn()).isEqualTo(LocalDate.of(2025, 2, 1));

        assertThat(project.models().get(0).complexity()).isEqualTo(Complexity.HIGH);
        assertThat(project.models().get(0).trainedOn()).containsExactly("loan-applications", "bureau-scores");
        assertThat(project.goals().successMetrics()).extracting(SuccessMetric::kind).containsExactly(MetricKind.BUSINESS, MetricKind.MODEL);
        assertThat(project.infrastructure().computeGrowthGpuHoursPerMonth()).isEqualTo(100.0);
        Model pd = project.models().get(0);
        assertThat(pd.experimentStartedOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(pd.validationPlanned()).isTrue();
        assertThat(pd.lastValidatedOn()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(pd.latencyBudgetMs()).isEqualTo(200.0);
        assertThat(pd.p95LatencyMs()).isEqualTo(140.5);
        assertThat(pd.monthlyCost()).isEqualTo(4200.0);
        assertThat(pd.monthlyBudget()).isEqualTo(5000.0);
        assertThat(project.jurisdictions().get(1).regime()).isEqualTo(Regime.CCPA);
        assertThat(project.regulation().dpiaCompleted()).isFalse();
        assertThat(project.history().get(1).kind()).isEqualTo(EventKind.ROLLBACK);
        assertThat(project.history().get(1).restoreHours()).isEqualTo(6.0);
        assertThat(project.history().get(0).restoreHours()).isNull();
        assertThat(project.waivers().get(0).expires()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(project.waivers().get(0).target()).isNull();
        assertThat(project.waivers().get(1).target()).isEqualTo("pd-model");
    }

    @Test
    void completeJson_readsToTheSameProjectAsYaml() {
        Project fromJson = reader.readProject(resource("complete.json"));

        assertThat(fromJson).isEqualTo(reader.readProject(resource("complete.yaml")));
    }

    @Test
    void contentNamedJson_isParsedAsJson() {
        Project project = reader.readProject(new StringReader("{\"project\": {\"id\": \"p\"}}"), "descriptor.json");

        assertThat(project.id()).isEqualTo("p");
    }

    @Test
    void jsonFromStdin_isReadAsYaml() {
        Project project = reader.readProject(new StringReader("{\"project\": {\"id\": \"p\", \"industry\": \"retail\"}}"), "<stdin>");

        assertThat(project.project().industry()).isEqualTo(Industry.RETAIL);
    }

    @Test
    void explicitNull_isReadAsUnknown() {
        Project project = reader.readProject(new StringReader("""
                project:
                  id: p
                  industry: null
                  startedOn: ~
                goals: null
                datasets: null
                team:
                  concurrentProjects: null
                """), "project.yaml");

        assertThat(project.project().industry()).isNull();
        assertThat(project.project().startedOn()).isNull();
        assertThat(project.goals()).isEqualTo(dev.tempo.model.Goals.UNKNOWN);
        assertThat(project.datasets()).isEmpty();
        assertThat(project.team().concurrentProjects()).isNull();
    }

    @Test
    void nullListEntry_isRejected() {
        Problem problem = rejected("""
                project:
                  id: p
                goals:
                  risks: [delays, ~]
                """);

        assertAt(problem, "goals.risks[1]", 4, 19);
        assertThat(problem.message()).startsWith("is null; must be a value");
    }

    @Test
    void enumValues_matchInAnyCase() {
        Project project = reader.readProject(new StringReader("""
                project:
                  id: p
                  industry: Healthcare
                models:
                  - name: a
                    complexity: high
                  - name: b
                    complexity: Very_High
                """), "project.yaml");

        assertThat(project.project().industry()).isEqualTo(Industry.HEALTHCARE);
        assertThat(project.models()).extracting(m -> m.complexity()).containsExactly(Complexity.HIGH, Complexity.VERY_HIGH);
    }

    @Test
    void smallAliases_areExpanded() {
        Project project = reader.readProject(new StringReader("""
                project:
                  id: p
                goals:
                  risks: &shared [delays, backlog]
                  endUsers: *shared
                """), "project.yaml");

        assertThat(project.goals().endUsers()).containsExactly("delays", "backlog");
    }

    // --- rejected: unknown fields and wrong types

    @Test
    void unknownNestedField_isRejectedWithKnownFieldsAndASuggestion() {
        Problem problem = rejected("""
                project:
                  id: p
                team:
                  members:
                    - name: ana
                      experiance: 3
                """);

        assertAt(problem, "team.members[0].experiance", 6, 19);
        assertThat(problem.message()).isEqualTo("is not a known field; known fields: name, role, experienceYears,"
                + " teamName, responsibilities, labels; maybe you meant experienceYears?");
    }

    @Test
    void unknownTopLevelField_isRejected() {
        Problem problem = rejected("""
                project:
                  id: p
                owner: me
                """);

        assertAt(problem, "owner", 3, 8);
        assertThat(problem.message()).startsWith("is not a known field; known fields: project, goals, dataOps,");
    }

    @Test
    void derivedProperty_isNotAcceptedAsAField() {
        Problem problem = rejected("""
                project:
                  id: p
                models:
                  - name: m
                    complex: true
                """);

        assertAt(problem, "models[0].complex", 5, 14);
        assertThat(problem.message()).startsWith("is not a known field");
    }

    @Test
    void quotedNumber_isRejectedAsWrongType() {
        Problem problem = rejected("""
                project:
                  id: p
                team:
                  concurrentProjects: "12"
                """);

        assertAt(problem, "team.concurrentProjects", 4, 23);
        assertThat(problem.message()).isEqualTo("is \"12\"; must be a whole number (write it without quotes)");
    }

    @Test
    void listForText_isRejectedAsWrongType() {
        Problem problem = rejected("""
                project:
                  id: p
                  name: [a, b]
                """);

        assertAt(problem, "project.name", 3, 9);
        assertThat(problem.message()).isEqualTo("is a list; must be text");
    }

    @Test
    void numberForBoolean_isRejectedAsWrongType() {
        Problem problem = rejected("""
                project:
                  id: p
                regulation:
                  dpiaCompleted: 1
                """);

        assertAt(problem, "regulation.dpiaCompleted", 4, 18);
        assertThat(problem.message()).isEqualTo("is 1; must be true or false");
    }

    @Test
    void quotedBoolean_isRejectedAsWrongType() {
        Problem problem = rejected("""
                project:
                  id: p
                regulation:
                  dpiaCompleted: "true"
                """);

        assertAt(problem, "regulation.dpiaCompleted", 4, 18);
        assertThat(problem.message()).isEqualTo("is \"true\"; must be true or false (write it without quotes)");
    }

    @Test
    void yamlBooleanForText_isRejectedWithAQuotingHint() {
        Problem problem = rejected("""
                project:
                  id: p
                goals:
                  replaces: no
                """);

        assertAt(problem, "goals.replaces", 4, 13);
        assertThat(problem.message()).isEqualTo("is no; must be text (quote it to make it text: \"no\")");
    }

    @Test
    void decimalForWholeNumber_isRejected() {
        Problem problem = rejected("""
                project:
                  id: p
                goals:
                  stakeholderReviewDays: 14.5
                """);

        assertAt(problem, "goals.stakeholderReviewDays", 4, 26);
        assertThat(problem.message()).isEqualTo("is 14.5; must be a whole number");
    }

    @Test
    void numberTooLargeForItsField_isRejected() {
        Problem problem = rejected("""
                project:
                  id: p
                team:
                  concurrentProjects: 99999999999
                """);

        assertAt(problem, "team.concurrentProjects", 4, 23);
        assertThat(problem.message()).startsWith("is 99999999999, which is out of range; must be a whole number from");
    }

    // --- rejected: values the domain does not allow

    @Test
    void negativeExperience_isRejectedWithPathLineAndColumn() {
        Problem problem = rejected("""
                project:
                  id: p
                team:
                  members:
                    - name: ana
                    - name: bo
                    - name: cy
                      experienceYears: -3
                """);

        assertAt(problem, "team.members[2].experienceYears", 8, 24);
        assertThat(problem.message()).isEqualTo("is -3; must be 0 or more");
        assertThat(problem).hasToString("project.yaml:8:24: team.members[2].experienceYears " + problem.message());
    }

    @Test
    void unknownEnumValue_isRejectedListingTheValues() {
        Problem problem = rejected("""
                project:
                  id: p
                datasets:
                  - name: d
                    availability: SOMETIMES
                """);

        assertAt(problem, "datasets[0].availability", 5, 19);
        assertThat(problem.message()).isEqualTo(
                "is \"SOMETIMES\"; must be one of AVAILABLE, RESTRICTED, PENDING_ACCESS, UNAVAILABLE (any case)");
    }

    @Test
    void impossibleDate_isRejected() {
        Problem problem = rejected("""
                project:
                  id: p
                  startedOn: 2026-13-40
                """);

        assertAt(problem, "project.startedOn", 3, 14);
        assertThat(problem.message()).isEqualTo("is \"2026-13-40\"; must be a date written YYYY-MM-DD");
    }

    @Test
    void revision2Fields_rejectImpossibleValuesAtTheirLine() {
        Problem latency = rejected("""
                project:
                  id: p
                models:
                  - name: ranker
                    p95LatencyMs: -5
                """);
        assertAt(latency, "models[0].p95LatencyMs", 5, 19);
        assertThat(latency.message()).isEqualTo("is -5; must be 0 or more");

        Problem growth = rejected("""
                project:
                  id: p
                infrastructure:
                  computeGrowthGpuHoursPerMonth: -10
                """);
        assertAt(growth, "infrastructure.computeGrowthGpuHoursPerMonth", 4, 34);
        assertThat(growth.message()).isEqualTo("is -10; must be 0 or more");

        Problem started = rejected("""
                project:
                  id: p
                models:
                  - name: ranker
                    experimentStartedOn: 2026-02-30
                """);
        assertAt(started, "models[0].experimentStartedOn", 5, 26);
        assertThat(started.message()).isEqualTo("is \"2026-02-30\"; must be a date written YYYY-MM-DD");

        Problem cost = rejected("""
                project:
                  id: p
                models:
                  - name: ranker
                    monthlyBudget: "5000"
                """);
        assertAt(cost, "models[0].monthlyBudget", 5, 20);

        Problem kind = rejected("""
                project:
                  id: p
                goals:
                  successMetrics:
                    - name: AUC
                      kind: TECHNICAL
                """);
        assertAt(kind, "goals.successMetrics[0].kind", 6, 13);
        assertThat(kind.message()).contains("BUSINESS", "MODEL");
    }

    @Test
    void datesOutsideYears1900To9999_areRejectedAtTheirLine_soNoRuleOverflows() {
        List<Problem> problems = allProblems("""
                project:
                  id: p
                datasets:
                  - name: orders
                    lastRefreshed: +999999999-12-31
                history:
                  - {date: 1899-12-31, kind: DEPLOYMENT}
                """);
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "project.yaml:5:20: datasets[0].lastRefreshed is +999999999-12-31; must be a date from 1900-01-01 to 9999-12-31",
                "project.yaml:7:12: history[0].date is 1899-12-31; must be a date from 1900-01-01 to 9999-12-31");
    }

    @Test
    void aControlCharacter_isReportedWhereItIs_notAtTheStart() {
        Problem problem = rejected("project:\n  id: p\ngoals:\n  why: ok\n  outcome: bad\u0001value\n");
        assertThat(problem.toString()).isEqualTo("project.yaml:5:15: holds the character U+0001, which YAML does not allow"
                + " (a control character); remove it, or write it escaped in a double-quoted string");
    }

    @Test
    void invalidUtf8_isReportedAtItsLineAndByteOffset_fromAStreamAsFromAFile(@TempDir Path dir) throws IOException {
        byte[] bytes = "project:\n  id: p\n  name: \u00ff\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Problem fromFile = Rejection.of(() -> {
            try {
                reader.readProject(Files.write(dir.resolve("p.yaml"), bytes));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(fromFile.message()).isEqualTo("is not valid UTF-8 (byte offset 25, byte 0xFF); must be saved as UTF-8");
        assertThat(fromFile.line()).isEqualTo(3);
        assertThat(fromFile.column()).isEqualTo(9);
        Problem fromStream = Rejection.of(() -> reader.readProjectDocument(new java.io.ByteArrayInputStream(bytes), "<stdin>"));
        assertThat(fromStream.toString()).isEqualTo("<stdin>:3:9: is not valid UTF-8 (byte offset 25, byte 0xFF); must be saved as UTF-8");
    }

    @Test
    void infinityAndNotANumber_sayWhatIsExpected() {
        assertThat(rejected("project: {id: p}\ninfrastructure:\n  storageCapacityTb: .inf\n").message())
                .isEqualTo("is .inf; must be a finite number");
        assertThat(rejected("project: {id: p}\ninfrastructure:\n  storageUsedTb: .nan\n").message())
                .isEqualTo("is .nan; must be a finite number");
    }

    @Test
    void escapeSequencesInValues_areNeverEchoedRaw() {
        Problem problem = Rejection.of(() -> reader.readProject(new StringReader("{\"project\": {\"id\": \"p\", \"industry\": \"\\u001b[2J\"}}"), "p.json"));
        assertThat(problem.message()).startsWith("is \"\\u001B[2J\"; must be one of").doesNotContain("\u001b");
    }

    @Test
    void jsonSyntaxErrors_doNotSuggestParserFeatures() {
        Problem problem = Rejection.of(() -> reader.readProject(new StringReader("{\"project\": {\"id\": \"p\"} // comment\n}"), "p.json"));
        assertThat(problem.message()).isEqualTo("is not valid JSON: Unexpected character ('/' (code 47)): maybe a (non-standard) comment?");
    }

    @Test
    void numberForDate_isRejected() {
        Problem problem = rejected("""
                project:
                  id: p
                  startedOn: 20260110
                """);

        assertAt(problem, "project.startedOn", 3, 14);
        assertThat(problem.message()).isEqualTo("is 20260110; must be a date written YYYY-MM-DD");
    }

    @Test
    void duplicateDatasetName_isRejected() {
        Problem problem = rejected("""
                project:
                  id: p
                datasets:
                  - name: d
                  - name: d
                """);

        assertAt(problem, "datasets[1].name", 5, 11);
        assertThat(problem.message()).contains("d, which is already declared; must be unique");
    }

    @Test
    void trainedOnUndeclaredDataset_isRejected() {
        Problem problem = rejected("""
                project:
                  id: p
                datasets:
                  - name: d
                models:
                  - name: m
                    trainedOn: [d, ghost]
                """);

        assertAt(problem, "models[0].trainedOn[1]", 7, 20);
        assertThat(problem.message()).isEqualTo("is \"ghost\", which is not a declared dataset; declared datasets: [d]");
    }

    @Test
    void incompatibleWithUndeclaredTool_isRejected() {
        Problem problem = rejected("""
                project:
                  id: p
                tools:
                  - name: mlflow
                  - name: airflow
                    incompatibleWith:
                      - mlflow
                      - kubeflow
                """);

        assertAt(problem, "tools[1].incompatibleWith[1]", 8, 9);
        assertThat(problem.message()).contains("\"kubeflow\", which is not a declared tool");
    }

    @Test
    void historyForUndeclaredModel_isRejected() {
        Problem problem = rejected("""
                project:
                  id: p
                history:
                  - date: 2026-03-02
                    kind: deployment
                    model: pd-model
                """);

        assertAt(problem, "history[0].model", 6, 12);
        assertThat(problem.message()).isEqualTo("is \"pd-model\", which is not a declared model; declared models: none");
    }

    @Test
    void separateEnvironmentForUndeclaredJurisdiction_isRejected() {
        Problem problem = rejected("""
                project:
                  id: p
                infrastructure:
                  separateEnvironments: [EU, US]
                jurisdictions:
                  - code: EU
                """);

        assertAt(problem, "infrastructure.separateEnvironments[1]", 4, 30);
        assertThat(problem.message()).contains("\"US\", which is not a declared jurisdiction; declared jurisdictions: [EU]");
    }

    @Test
    void badProjectId_isRejected() {
        Problem problem = rejected("""
                project:
                  id: Credit_Scoring
                """);

        assertAt(problem, "project.id", 2, 7);
        assertThat(problem.message()).startsWith("is \"Credit_Scoring\"; must match [a-z0-9][a-z0-9._-]{0,63}");
    }

    // --- rejected: missing and malformed documents

    @Test
    void missingProjectId_isRejectedAtTheProjectSection() {
        Problem problem = rejected("""
                project:
                  name: Credit scoring
                """);

        assertAt(problem, "project.id", 2, 3);
        assertThat(problem.message()).isEqualTo("is required");
    }

    @Test
    void missingProjectSection_isRejected() {
        Problem problem = rejected("""
                goals:
                  why: faster lending
                """);

        assertAt(problem, "project", 1, 1);
        assertThat(problem.message()).isEqualTo("is required");
    }

    @Test
    void misspeltRequiredField_isReportedAsTheUnknownField_notAsMissing() {
        Problem problem = rejected("""
                project: {id: demo}
                waivers:
                  - rule: TEMPO-GOALS-01
                    reson: typo
                    expires: 2027-01-01
                """);

        assertThat(problem.path()).isEqualTo("waivers[0].reson");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.message()).startsWith("is not a known field; known fields: rule, reason, expires, target")
                .endsWith("maybe you meant reason?");
    }

    @Test
    void missingWaiverReason_isRejected() {
        Problem problem = rejected("""
                project:
                  id: p
                waivers:
                  - rule: TEMPO-TEAM-08
                    expires: 2026-12-31
                """);

        assertAt(problem, "waivers[0].reason", 4, 5);
        assertThat(problem.message()).isEqualTo("is required");
    }

    @Test
    void listDocument_isRejectedAsNotAMapping() {
        Problem problem = rejected("""
                - project
                - datasets
                """);

        assertAt(problem, "", 1, 1);
        assertThat(problem.message()).isEqualTo("is a list; must be a mapping with at least a project section");
    }

    @Test
    void scalarDocument_isRejectedAsNotAMapping() {
        Problem problem = rejected("credit-scoring\n");

        assertAt(problem, "", 1, 1);
        assertThat(problem.message()).isEqualTo("is \"credit-scoring\"; must be a mapping with at least a project section");
    }

    @Test
    void emptyDocument_isRejected() {
        Problem problem = rejected("# nothing here yet\n");

        assertThat(problem.path()).isEmpty();
        assertThat(problem.message()).isEqualTo("is empty; must be a mapping with at least a project section");
        assertThat(problem).hasToString("project.yaml: is empty; must be a mapping with at least a project section");
    }

    @Test
    void secondYamlDocument_isRejected() {
        Problem problem = rejected("""
                project:
                  id: p
                ---
                project:
                  id: q
                """);

        assertAt(problem, "", 4, 1);
        assertThat(problem.message()).isEqualTo("holds more than one document; must hold exactly one");
    }

    @Test
    void duplicateKey_isRejectedAtTheSecondKey() {
        Problem problem = rejected("""
                project:
                  id: p
                  name: one
                  id: q
                """);

        assertAt(problem, "project.id", 4, 3);
        assertThat(problem.message()).isEqualTo("appears twice in the same mapping (first at line 2); each key may appear once");
    }

    @Test
    void duplicateKeyInJson_isRejected() {
        Problem problem = Rejection.of(() -> reader.readProject(new StringReader("{\"project\": {\"id\": \"p\"},\n \"project\": {}}"), "p.json"));

        assertThat(problem.path()).isEqualTo("project");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).startsWith("appears twice in the same mapping");
    }

    @Test
    void moreThanFiftyAliases_isRejected() {
        String yaml = "project:\n  id: p\ngoals:\n  risks: &r [a]\n  endUsers: [" + "*r, ".repeat(50) + "*r]\n";

        Problem problem = rejected(yaml);

        assertAt(problem, "goals.endUsers[50]", 5, 14 + 50 * 4);
        assertThat(problem.message()).isEqualTo("is YAML alias number 51; a document may use at most 50 aliases (write the values out instead)");
    }

    @Test
    void fewAliasesExpandingToAHugeDocument_isRejected() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int level = 1; level <= 5; level++) {
            yaml.append('a').append(level).append(": &a").append(level).append(" [")
                    .append(("*a" + (level - 1) + ", ").repeat(9)).append("*a").append(level - 1).append("]\n");
        }

        Problem problem = rejected(yaml.toString());

        assertThat(problem.path()).isEmpty();
        assertThat(problem.message()).isEqualTo("has more than 100000 values (texts, numbers, flags, lists and mappings, counting the 38 YAML aliases expanded); must hold fewer");
    }

    @Test
    void aliasToUnknownAnchor_isRejected() {
        Problem problem = rejected("""
                project:
                  id: p
                goals:
                  risks: *nothing
                """);

        assertAt(problem, "goals.risks", 4, 10);
        assertThat(problem.message()).startsWith("is the alias *nothing, which refers to no complete anchor &nothing");
    }

    @Test
    void contentAboveTheSizeLimit_isRejected() {
        String big = "project:\n  id: p\n#" + "x".repeat(DescriptorReader.MAX_BYTES) + "\n";

        Problem problem = rejected(big);

        assertThat(problem.message()).isEqualTo("is more than 1048576 bytes; must be at most 1048576 bytes (1 MiB)");
    }

    @Test
    void fileAboveTheSizeLimit_isRejectedBeforeParsing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, "[".repeat(DescriptorReader.MAX_BYTES + 1));

        Problem problem = Rejection.of(() -> reader.readProject(file));

        assertThat(problem.source()).isEqualTo(file.toString());
        assertThat(problem.message()).isEqualTo("is 1048577 bytes; must be at most 1048576 bytes (1 MiB)");
    }

    @Test
    void yamlSyntaxError_isRejectedWithTheParsersLocation() {
        Problem problem = rejected("""
                project:
                  id: p
                  name: [unclosed
                goals: {}
                """);

        assertThat(problem.path()).isEmpty();
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.message()).startsWith("is not valid YAML: ").doesNotContain("\n", "reader");
    }

    @Test
    void jsonSyntaxError_isRejectedWithTheParsersLocation() {
        Problem problem = Rejection.of(() -> reader.readProject(new StringReader("{\"project\": {\"id\": \"p\",}}"), "p.json"));

        assertThat(problem.path()).isEmpty();
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.column()).isEqualTo(24);
        assertThat(problem.message()).startsWith("is not valid JSON: Unexpected character ('}'").doesNotContain("\n");
    }

    @Test
    void missingFile_isRejectedNamingTheFile(@TempDir Path dir) {
        Path file = dir.resolve("absent.yaml");

        Problem problem = Rejection.of(() -> reader.readProject(file));

        assertThat(problem).hasToString(file + ": cannot be read: no such file");
    }

    @Test
    void directory_isRejectedNamingIt(@TempDir Path dir) {
        Problem problem = Rejection.of(() -> reader.readProject(dir));

        assertThat(problem.message()).isEqualTo("cannot be read: it is a directory");
    }

    @Test
    void notUtf8_isRejected(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, new byte[] {'p', ':', ' ', (byte) 0xE9, '\n'});

        Problem problem = Rejection.of(() -> reader.readProject(file));

        assertThat(problem.message()).isEqualTo("is not valid UTF-8 (byte offset 3, byte 0xE9); must be saved as UTF-8");
    }

    @Test
    void readerIsReusable_acrossDocuments() {
        List<String> ids = List.of("a", "b").stream().map(id -> reader.readProject(new StringReader("project: {id: " + id + "}"), "<stdin>").id()).toList();

        assertThat(ids).containsExactly("a", "b");
    }
}
