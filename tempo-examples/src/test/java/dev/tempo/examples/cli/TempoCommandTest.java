package dev.tempo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempoCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String resource(String name) {
        try {
            return Path.of(TempoCommandTest.class.getClassLoader().getResource(name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String example(String file) {
        return resource("examples/" + file);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void noCommand_assessesTheShippedCaseStudiesAsOfTheDateTheyDescribe_unlessAsOfIsGiven() {
        Cli cli = Cli.run();
        assertThat(cli.exitCode()).isZero();
        for (String file : Examples.FILES) {
            assertThat(cli.out()).contains("(examples/" + file + ") as of 2026-11-27: tempo ");
        }
        assertThat(cli.out()).contains("shop-feed (examples/measured-delivery.yaml) as of 2026-11-27: tempo 45/100, STALLED");
        Cli later = Cli.run("--as-of", "2027-06-01");
        assertThat(later.out()).contains("(examples/credit-scoring.yaml) as of 2027-06-01: tempo ").doesNotContain("2026-11-27");
        assertThat(later.out()).isNotEqualTo(cli.out());
    }

    @Test
    void noCommand_assessesEveryShippedExample() {
        Cli cli = Cli.run("--as-of", "2026-11-27");
        assertThat(cli.exitCode()).isZero();
        for (String file : Examples.FILES) {
            assertThat(cli.out()).contains("(examples/" + file + ") as of 2026-11-27: tempo ");
        }
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void assessJson_hasTheContractShape() throws IOException {
        Cli cli = Cli.run("assess", resource("complete.yaml"), "--format", "json", "--as-of", "2026-11-27");
        assertThat(cli.exitCode()).isZero();
        JsonNode report = JSON.readTree(cli.out());
        List<String> keys = new ArrayList<>();
        report.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("project", "asOf", "labels", "tempo", "scores", "delivery", "findings", "unknowns", "waived", "expiredWaivers");
        assertThat(report.get("project").asText()).isEqualTo("credit-scoring");
        assertThat(report.get("asOf").asText()).isEqualTo("2026-11-27");
        assertThat(report.get("tempo").get("band").asText()).isIn("FAST", "STEADY", "SLOW", "STALLED");
        List<String> factors = new ArrayList<>();
        report.get("scores").fieldNames().forEachRemaining(factors::add);
        assertThat(factors).containsExactly("GOALS", "DATA", "TEAM", "INFRASTRUCTURE", "TOOLING", "MODEL", "REGULATION", "DELIVERY");
        List<String> delivery = new ArrayList<>();
        report.get("delivery").fieldNames().forEachRemaining(delivery::add);
        assertThat(delivery).containsExactly("windowDays", "changes", "changesPer30Days", "medianLeadTimeDays", "medianLeadTimeDaysByKind",
                "changeFailureRate", "medianRestoreHours", "rollbacks", "daysSinceLastChange");
        JsonNode finding = report.get("findings").get(0);
        List<String> findingKeys = new ArrayList<>();
        finding.fieldNames().forEachRemaining(findingKeys::add);
        assertThat(findingKeys).containsExactly("ruleId", "factor", "severity", "title", "target", "evidence", "recommendation", "source");
        assertThat(cli.out()).endsWith("}\n").contains("\"ruleId\": \"TEMPO-");
    }

    @Test
    void sameInputAndDate_giveByteIdenticalReports() {
        String[] args = {"assess", example("credit-scoring.yaml"), example("overseas-retailer.yaml"), "--format", "json", "--as-of", "2026-11-27"};
        Cli first = Cli.run(args);
        Cli second = Cli.run(args);
        assertThat(first.exitCode()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(first.out()).startsWith("{\n  \"projects\": [").contains("\n  \"portfolio\": {");
    }

    @Test
    void failOn_exitsOneAtOrAboveTheSeverity_zeroBelow() {
        Cli failing = Cli.run("assess", example("overseas-retailer.yaml"), "--as-of", "2026-11-27", "--fail-on", "high");
        assertThat(failing.exitCode()).isEqualTo(1);
        assertThat(failing.out()).contains("TEMPO-GOALS-05");
        assertThat(failing.err()).contains("at or above HIGH");
        Cli passing = Cli.run("assess", example("ecommerce-recommender.yaml"), "--as-of", "2026-11-27", "--fail-on", "critical");
        assertThat(passing.exitCode()).isZero();
    }

    @Test
    void badDescriptor_exitsTwoNamingFileFieldLineAndColumn_withNothingOnStandardOutput() throws IOException {
        Path bad = write("bad.yaml", """
                project:
                  id: demo
                team:
                  members:
                    - name: a
                      experienceYears: -3
                """);
        Cli cli = Cli.run("assess", bad.toString(), "--format", "json");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).isEqualTo("tempo: " + bad + ":6:24: team.members[0].experienceYears is -3; must be 0 or more\n");
    }

    @Test
    void oneBadInput_writesNothingToOutput() throws IOException {
        Path bad = write("bad.yaml", "project: {id: demo, colour: red}\n");
        Path report = dir.resolve("report.json");
        Cli cli = Cli.run("assess", bad.toString(), "--format", "json", "--output", report.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("project.colour is not a known field");
        assertThat(report).doesNotExist();
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void severalInputs_withABadOne_reportTheValidOnes_listTheBadOnes_andExitTwo() throws IOException {
        Path bad = write("bad.yaml", "project: {id: demo, colour: red}\n");
        Path report = dir.resolve("report.json");
        Cli cli = Cli.run("assess", example("credit-scoring.yaml"), bad.toString(), example("ecommerce-recommender.yaml"),
                "--format", "json", "--output", report.toString(), "--as-of", "2026-11-27", "--fail-on", "high");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("tempo: 3 finding(s) at or above HIGH\n").contains(bad + ":1:29: project.colour is not a known field");
        JsonNode written = JSON.readTree(report.toFile());
        assertThat(written.get("projects")).hasSize(2);
        assertThat(written.get("portfolio").get("projects").asInt()).isEqualTo(2);
    }

    @Test
    void severalInputs_areAssessedInParallel_yetReportedInTheOrderGiven_eachAsAlone() throws IOException {
        List<String> files = new ArrayList<>(Examples.FILES);
        Collections.reverse(files);
        List<String> args = new ArrayList<>(List.of("assess", "--format", "json", "--as-of", "2026-11-27", "--quiet"));
        files.forEach(f -> args.add(example(f)));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.err()).isEmpty(); // no progress line: --quiet, and not a terminal anyway
        JsonNode projects = JSON.readTree(cli.out()).get("projects");
        assertThat(projects).hasSize(files.size());
        for (int i = 0; i < files.size(); i++) {
            Cli alone = Cli.run("assess", example(files.get(i)), "--format", "json", "--as-of", "2026-11-27");
            assertThat(projects.get(i)).as(files.get(i)).isEqualTo(JSON.readTree(alone.out()));
        }
    }

    @Test
    void aFolder_isEveryDescriptorBelowIt_sortedByPath_withAPortfolio() throws IOException {
        Path folder = dir.resolve("projects");
        Files.createDirectories(folder.resolve("team-b"));
        Files.writeString(folder.resolve("team-b/credit.yaml"), Files.readString(Path.of(example("credit-scoring.yaml"))));
        Files.writeString(folder.resolve("a-shop.yml"), Files.readString(Path.of(example("ecommerce-recommender.yaml"))));
        Files.writeString(folder.resolve("notes.txt"), "not a descriptor");
        Cli cli = Cli.run("assess", folder.toString(), "--format", "json", "--as-of", "2026-11-27", "--group-by", "cost-centre");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode report = JSON.readTree(cli.out());
        assertThat(report.get("projects").get(0).get("project").asText()).isEqualTo("ecommerce-recommender");
        assertThat(report.get("projects").get(1).get("project").asText()).isEqualTo("credit-scoring");
        JsonNode portfolio = report.get("portfolio");
        assertThat(portfolio.get("worst").get(0).asText()).isEqualTo("credit-scoring");
        assertThat(portfolio.get("slowestFactor").asText()).isEqualTo("DATA");
        assertThat(portfolio.get("summary").asText()).startsWith("DATA holds back 2 of 2 project(s) (mean score 57.5)");
        assertThat(portfolio.get("groups").fieldNames()).toIterable().containsExactly("(none)", "web-shop");
        Cli empty = Cli.run("assess", dir.resolve("projects/team-b/../..").resolve("missing-folder").toString());
        assertThat(empty.exitCode()).isEqualTo(2);
        Files.createDirectories(dir.resolve("empty"));
        assertThat(Cli.run("assess", dir.resolve("empty").toString()).err())
                .isEqualTo("tempo: the folder " + dir.resolve("empty") + " holds no descriptor (.yaml, .yml or .json)\n");
    }

    @Test
    void csv_isOneRowPerProject() throws IOException {
        Cli cli = Cli.run("assess", example("credit-scoring.yaml"), example("measured-delivery.yaml"), "--format", "csv",
                "--as-of", "2026-11-27");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out().split("\r\n")).containsExactly(
                "project,file,score,band,GOALS,DATA,TEAM,INFRASTRUCTURE,TOOLING,MODEL,REGULATION,DELIVERY,INFO,LOW,MEDIUM,HIGH,CRITICAL",
                "credit-scoring," + example("credit-scoring.yaml") + ",57,SLOW,100,25,100,100,100,100,100,,2,0,0,3,0",
                "shop-feed," + example("measured-delivery.yaml") + ",45,STALLED,100,75,100,40,100,75,100,15,2,0,2,7,0");
    }

    @Test
    void output_receivesTheReport() throws IOException {
        Path report = dir.resolve("report.json");
        Cli cli = Cli.run("assess", example("credit-scoring.yaml"), "--format", "json", "--as-of", "2026-11-27", "--output", report.toString());
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).isEmpty();
        assertThat(JSON.readTree(report.toFile()).get("project").asText()).isEqualTo("credit-scoring");
    }

    @Test
    void outputNamingAnInput_isRefused_andTheInputIsUntouched() throws IOException {
        Path descriptor = write("project.yaml", Files.readString(Path.of(resource("complete.yaml"))));
        String before = Files.readString(descriptor);
        Cli cli = Cli.run("assess", descriptor.toString(), "--output", descriptor.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("tempo: --output " + descriptor + " is the input " + descriptor
                + "; the report would replace it. Write the report to another file\n");
        assertThat(descriptor).hasContent(before);
        Path policy = write("policy.yaml", "disabled: [TEMPO-GOALS-07]\n");
        Cli overPolicy = Cli.run("assess", descriptor.toString(), "--policy", policy.toString(),
                "--output", dir.resolve("sub/../policy.yaml").toString());
        assertThat(overPolicy.exitCode()).isEqualTo(2);
        assertThat(policy).hasContent("disabled: [TEMPO-GOALS-07]\n");
    }

    /** A standard output whose writes fail as a full disk or a closed pipe does. */
    private static java.io.OutputStream failing(String reason) {
        return new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(reason);
            }
        };
    }

    @Test
    void aReportLostOnStandardOutput_exitsThree_butABrokenPipeStopsQuietly() {
        java.io.StringWriter err = new java.io.StringWriter();
        int full = TempoCommand.run(new String[] {"assess", example("credit-scoring.yaml")}, failing("No space left on device"),
                new java.io.PrintWriter(err));
        assertThat(full).isEqualTo(3);
        assertThat(err.toString()).isEqualTo("tempo: cannot write to standard output: No space left on device\n");
        java.io.StringWriter quiet = new java.io.StringWriter();
        int pipe = TempoCommand.run(new String[] {"assess", example("credit-scoring.yaml"), "--fail-on", "high"}, failing("Broken pipe"),
                new java.io.PrintWriter(quiet));
        assertThat(pipe).isEqualTo(1);
        assertThat(quiet.toString()).isEqualTo("tempo: 3 finding(s) at or above HIGH\n");
        java.io.ByteArrayOutputStream fine = new java.io.ByteArrayOutputStream();
        assertThat(TempoCommand.run(new String[] {"rules"}, fine, new java.io.PrintWriter(new java.io.StringWriter()))).isZero();
        assertThat(fine.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("TEMPO-GOALS-01");
    }

    @Test
    void outputInAMissingFolder_exitsTwo() {
        Cli cli = Cli.run("assess", example("credit-scoring.yaml"), "--output", dir.resolve("nope/report.txt").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("cannot write --output").contains("does not exist");
    }

    @Test
    void missingFile_exitsTwo() {
        Cli cli = Cli.run("assess", dir.resolve("absent.yaml").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("absent.yaml: cannot be read");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void htmlFormat_rendersOneProjectOrAPortfolioPage() {
        Cli one = Cli.run("assess", example("credit-scoring.yaml"), "--format", "html");
        assertThat(one.exitCode()).isZero();
        assertThat(one.out()).startsWith("<!DOCTYPE html>").contains("id=\"TEMPO-DATA-01\"");
        Cli several = Cli.run("assess", example("credit-scoring.yaml"), example("ecommerce-recommender.yaml"), "--format", "html");
        assertThat(several.exitCode()).isZero();
        assertThat(several.out()).contains("<h1>tempo portfolio: 2 projects</h1>", "href=\"#project-credit-scoring\"",
                "id=\"credit-scoring-TEMPO-DATA-01\"", "href=\"#credit-scoring-factor-DATA\"", "id=\"tempo-portfolio\"");
    }

    @Test
    void usageErrors_exitTwo() {
        assertThat(Cli.run("assess", example("credit-scoring.yaml"), "--as-of", "2026-13-01").exitCode()).isEqualTo(2);
        assertThat(Cli.run("assess", example("credit-scoring.yaml"), "--as-of", "2026-13-01").err()).contains("is not a date");
        assertThat(Cli.run("assess", example("credit-scoring.yaml"), "--fail-on", "urgent").exitCode()).isEqualTo(2);
        assertThat(Cli.run("assess").exitCode()).isEqualTo(2);
        assertThat(Cli.run("frobnicate").exitCode()).isEqualTo(2);
        assertThat(Cli.run("assess", example("credit-scoring.yaml"), "--colour").exitCode()).isEqualTo(2);
    }

    @Test
    void help_exitsZero() {
        Cli cli = Cli.run("--help");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("assess").contains("rules").contains("validate").contains("Exit codes");
    }

    @Test
    void policy_changesTheAssessment() throws IOException {
        Path policy = write("policy.yaml", "disabled: [TEMPO-GOALS-05]\n");
        Cli cli = Cli.run("assess", example("overseas-retailer.yaml"), "--as-of", "2026-11-27", "--policy", policy.toString());
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).doesNotContain("TEMPO-GOALS-05: ").contains("Factor scores: GOALS 80 ");
    }

    @Test
    void policyNamingAnUnknownRule_exitsTwoAtItsLine() throws IOException {
        Path policy = write("policy.yaml", "thresholds:\n  smallTeamMaxMembers: 4\nseverities:\n  TEMPO-NOPE-01: LOW\n");
        Cli cli = Cli.run("assess", example("overseas-retailer.yaml"), "--policy", policy.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith("tempo: " + policy + ":4:").contains("severities.TEMPO-NOPE-01 names a rule that is not loaded");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void waiverForAnUnknownRule_exitsTwoAtItsLine() throws IOException {
        Path descriptor = write("p.yaml", """
                project: {id: demo}
                waivers:
                  - rule: TEMPO-GOALS-99
                    reason: typo
                    expires: 2027-01-01
                """);
        for (String command : List.of("assess", "validate")) {
            Cli cli = Cli.run(command, descriptor.toString());
            assertThat(cli.exitCode()).isEqualTo(2);
            assertThat(cli.err()).startsWith("tempo: " + descriptor + ":3:").contains("waivers[0].rule is \"TEMPO-GOALS-99\"")
                    .endsWith("which is not a loaded rule; run the rules command to list them\n").doesNotContain("Tempo.rules()");
            assertThat(cli.out()).isEmpty();
        }
    }

    @Test
    void badWaivers_exitTwoAtTheirLine() throws IOException {
        Path misspelt = write("w1.yaml", "project: {id: demo}\nwaivers:\n  - rule: TEMPO-GOALS-01\n    reson: typo\n    expires: 2027-01-01\n");
        Path badDate = write("w2.yaml", "project: {id: demo}\nwaivers:\n  - rule: TEMPO-GOALS-01\n    reason: ok\n    expires: 2027-02-30\n");
        Path noExpiry = write("w3.yaml", "project: {id: demo}\nwaivers:\n  - rule: TEMPO-GOALS-01\n    reason: ok\n");
        Cli cli = Cli.run("assess", misspelt.toString(), badDate.toString(), noExpiry.toString(), "--format", "json");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err().lines()).containsExactly(
                "tempo: " + misspelt + ":4:12: waivers[0].reson is not a known field; known fields: rule, reason, expires, target;"
                        + " maybe you meant reason?",
                "tempo: " + badDate + ":5:14: waivers[0].expires is \"2027-02-30\"; must be a date written YYYY-MM-DD",
                "tempo: " + noExpiry + ":3:5: waivers[0].expires is required");
    }

    @Test
    void badPolicies_exitTwoAtTheirLine() throws IOException {
        Path typo = write("p1.yaml", "thresholds:\n  smallTeamMaxMembrs: 4\n");
        Cli unknownThreshold = Cli.run("assess", example("credit-scoring.yaml"), "--policy", typo.toString());
        assertThat(unknownThreshold.exitCode()).isEqualTo(2);
        assertThat(unknownThreshold.err()).startsWith("tempo: " + typo + ":2:23: thresholds.smallTeamMaxMembrs is not a known field")
                .contains("maybe you meant smallTeamMaxMembers?");
        Path loud = write("p2.yaml", "severities:\n  TEMPO-TEAM-08: urgent\n");
        Cli badSeverity = Cli.run("assess", example("credit-scoring.yaml"), "--policy", loud.toString());
        assertThat(badSeverity.exitCode()).isEqualTo(2);
        assertThat(badSeverity.err()).isEqualTo("tempo: " + loud + ":2:18: severities.TEMPO-TEAM-08 is \"urgent\";"
                + " must be one of INFO, LOW, MEDIUM, HIGH, CRITICAL (any case)\n");
        Path negative = write("p3.yaml", "thresholds:\n  maxToolsPerMember: -1\n");
        Cli negativeThreshold = Cli.run("assess", example("credit-scoring.yaml"), "--policy", negative.toString());
        assertThat(negativeThreshold.exitCode()).isEqualTo(2);
        assertThat(negativeThreshold.err()).contains(negative + ":2:").contains("thresholds.maxToolsPerMember is -1");
        assertThat(Cli.run("assess", example("credit-scoring.yaml"), "--policy", dir.resolve("none.yaml").toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void validate_acceptsValidDescriptors_andRejectsBadOnes() throws IOException {
        Cli valid = Cli.run("validate", example("credit-scoring.yaml"), resource("complete.yaml"));
        assertThat(valid.exitCode()).isZero();
        assertThat(valid.out()).contains("credit-scoring.yaml: valid").contains("complete.yaml: valid");
        Path bad = write("bad.yaml", "project: {id: Demo}\n");
        Cli invalid = Cli.run("validate", bad.toString());
        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.err()).contains("project.id is \"Demo\"");
    }

    @Test
    void standardInput_isReadForADash() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("project: {id: piped}\n".getBytes(StandardCharsets.UTF_8)));
            Cli cli = Cli.run("assess", "-", "--format", "json", "--as-of", "2026-11-27");
            assertThat(cli.exitCode()).isZero();
            assertThat(cli.out()).contains("\"project\": \"piped\"");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void rules_listsTheLoadedRules_inEachFormat() throws IOException {
        Cli text = Cli.run("rules");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("TEMPO-GOALS-01").contains("HIGH");
        Cli json = Cli.run("rules", "--format", "json");
        assertThat(JSON.readTree(json.out()).get(0).get("id").asText()).isEqualTo("TEMPO-GOALS-01");
        Cli markdown = Cli.run("rules", "--format", "markdown");
        assertThat(markdown.out()).startsWith("# tempo rule catalogue");
        assertThat(Cli.run("rules", "--format", "sarif").exitCode()).isEqualTo(2);
    }
}
