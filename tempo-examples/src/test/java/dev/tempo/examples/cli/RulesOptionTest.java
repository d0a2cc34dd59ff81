package dev.tempo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --rules PATH} on assess, rules and validate. */
class RulesOptionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A rule on a factor of its own: every dataset needs a security review. */
    private static final String SECURITY_DRL = """
            package org.example.security;

            import dev.tempo.model.Dataset;

            global dev.tempo.engine.AssessmentScope tempo;

            rule "ORG-SEC-01 every dataset has a security review"
                @id("ORG-SEC-01") @factor("SECURITY") @severity("MEDIUM")
                @title("A dataset has had no security review")
            when
                $d : Dataset()
            then
                tempo.raise(kcontext, $d.name(), tempo.path($d) + " has no security review");
            end
            """;

    @TempDir
    Path dir;

    private static String example(String file) {
        try {
            return Path.of(RulesOptionTest.class.getClassLoader().getResource("examples/" + file).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static String rule(String pkg, String id, String factor, String severity, String when, String then) {
        return "package " + pkg + ";\n\nimport dev.tempo.model.*;\n\nglobal dev.tempo.engine.AssessmentScope tempo;\n\n"
                + "rule \"" + id + "\"\n    @id(\"" + id + "\") @factor(\"" + factor + "\") @severity(\"" + severity + "\") @title(\"" + id + "\")\n"
                + "when\n    " + when + "\nthen\n    " + then + "\nend\n";
    }

    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static List<String> ids(String rulesJson) throws IOException {
        List<String> ids = new ArrayList<>();
        JSON.readTree(rulesJson).forEach(rule -> ids.add(rule.get("id").asText()));
        return ids;
    }

    @Test
    void assessWithRules_reportsThePacksFindings_andScoresItsFactor() throws IOException {
        Path pack = write("security.drl", SECURITY_DRL);
        Cli cli = Cli.run("assess", example("credit-scoring.yaml"), "--rules", pack.toString(), "--format", "json", "--as-of", "2026-11-27");
        assertThat(cli.exitCode()).isZero();
        JsonNode report = JSON.readTree(cli.out());
        List<String> factors = new ArrayList<>();
        report.get("scores").fieldNames().forEachRemaining(factors::add);
        assertThat(factors).containsExactly("GOALS", "DATA", "TEAM", "INFRASTRUCTURE", "TOOLING", "MODEL", "REGULATION", "SECURITY");
        assertThat(report.get("scores").get("SECURITY").asInt()).isEqualTo(80);
        List<String> security = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("factor").asText().equals("SECURITY")) {
                security.add(f.get("ruleId").asText() + " " + f.get("severity").asText() + " " + f.get("target").asText());
            }
        });
        assertThat(security).containsExactly("ORG-SEC-01 MEDIUM loan-applications", "ORG-SEC-01 MEDIUM repayment-history");

        Cli text = Cli.run("assess", example("credit-scoring.yaml"), "--rules", pack.toString(), "--as-of", "2026-11-27");
        assertThat(text.out()).contains("REGULATION 100 SECURITY 80").contains("ORG-SEC-01");
    }

    @Test
    void rulesRepeated_loadsAFileAFolderAndAPackJar_besideTheDefaultPack() throws IOException {
        Path file = write("security.drl", SECURITY_DRL);
        write("org/models.drl", rule("org.example.models", "ORG-MODEL-01", "MODEL", "LOW", "Model()", ""));
        write("org/data/datasets.drl", rule("org.example.data", "ORG-DATA-01", "DATA", "LOW", "Dataset()", ""));
        Path jar = jar("tools-pack.jar", Map.of(
                "META-INF/tempo-pack.properties", "name=tools\nrules=org/example/tools.drl\n",
                "org/example/tools.drl", rule("org.example.tools", "ORG-TOOL-01", "TOOLING", "LOW", "Tool()", "")));
        Cli cli = Cli.run("rules", "--format", "json", "--rules", file.toString(), "--rules", dir.resolve("org").toString(),
                "--rules", jar.toString());
        assertThat(cli.exitCode()).isZero();
        assertThat(ids(cli.out())).contains("TEMPO-GOALS-01", "ORG-SEC-01", "ORG-MODEL-01", "ORG-DATA-01", "ORG-TOOL-01");
        assertThat(ids(cli.out())).last().isEqualTo("ORG-SEC-01");
    }

    @Test
    void packsThatCannotBeLoaded_exitTwo_listingEveryProblem_withNothingWritten() throws IOException {
        Path missing = dir.resolve("missing.drl");
        Path plainJar = jar("plain.jar", Map.of("rules.drl", SECURITY_DRL));
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path report = dir.resolve("report.json");
        Cli cli = Cli.run("assess", example("credit-scoring.yaml"), "--rules", missing.toString(), "--rules", plainJar.toString(),
                "--rules", empty.toString(), "--output", report.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(report).doesNotExist();
        assertThat(cli.err().lines()).containsExactly(
                "tempo: " + missing + ": does not exist; a rule pack is a .drl file, a folder of them or a pack jar",
                "tempo: " + plainJar + ": has no META-INF/tempo-pack.properties; a pack jar declares its name and DRL files there"
                        + " (name=..., rules=... or folder=...)",
                "tempo: " + empty + ": holds no .drl file; a rule pack folder holds at least one");
    }

    @Test
    void packsThatDoNotCompile_exitTwo_listingEveryErrorWithFileLineAndColumn() throws IOException {
        Path syntax = write("syntax.drl", rule("org.example.a", "ORG-A-01", "DATA", "LOW", "Dataset( name == )", ""));
        Path type = write("type.drl", rule("org.example.b", "ORG-B-01", "DATA", "LOW", "Datasett()", ""));
        Cli cli = Cli.run("assess", example("credit-scoring.yaml"), "--rules", syntax.toString(), "--rules", type.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err().lines()).allSatisfy(line -> assertThat(line).startsWith("tempo: "))
                .anySatisfy(line -> assertThat(line).startsWith("tempo: " + syntax + ":10:21: "))
                .anySatisfy(line -> assertThat(line).startsWith("tempo: " + type + ":10:").contains("Datasett"));
    }

    @Test
    void packThatCannotBeLoaded_andPackThatDoesNotCompile_areReportedTogether() throws IOException {
        Path missing = dir.resolve("missing");
        Path syntax = write("syntax.drl", rule("org.example.a", "ORG-A-01", "DATA", "LOW", "Dataset( name == )", ""));
        Cli cli = Cli.run("rules", "--rules", syntax.toString(), "--rules", missing.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err().lines()).containsExactly(
                "tempo: " + missing + ": does not exist; a rule pack is a .drl file, a folder of them or a pack jar",
                "tempo: " + syntax + ":10:21: rule \"ORG-A-01\" [ERR 101] Line 10:21 no viable alternative at input ')' in rule \"ORG-A-01\"");
    }

    @Test
    void packWithBadMetadataOrADuplicateId_exitsTwoNamingTheRule() throws IOException {
        Path loud = write("loud.drl", rule("org.example.loud", "ORG-LOUD-01", "DATA", "URGENT", "Dataset()", ""));
        Path clash = write("clash.drl", rule("org.example.clash", "TEMPO-DATA-01", "DATA", "LOW", "Dataset()", ""));
        Cli cli = Cli.run("rules", "--rules", loud.toString(), "--rules", clash.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains("tempo: " + loud + ":7: rule \"ORG-LOUD-01\" has @severity(\"URGENT\"): \"URGENT\" is not a severity")
                .contains("tempo: " + clash + ":7: rule \"TEMPO-DATA-01\" declares @id \"TEMPO-DATA-01\", which rule \"TEMPO-DATA-01\" at"
                        + " classpath:dev/tempo/rules/data.drl:22 already declares");
    }

    @Test
    void ruleThatThrows_exitsThreeNamingTheRuleAndTarget() throws IOException {
        Path crash = write("crash.drl", rule("org.example.crash", "ORG-CRASH-01", "DATA", "LOW", "$d : Dataset()",
                "Object nothing = null; nothing.toString();"));
        Cli cli = Cli.run("assess", example("credit-scoring.yaml"), "--rules", crash.toString(), "--format", "json");
        assertThat(cli.exitCode()).isEqualTo(3);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).startsWith("tempo: rule ORG-CRASH-01 failed while assessing project credit-scoring on datasets[0] (loan-applications)");
    }

    @Test
    void severalInputs_oneAssessmentFails_theOthersAreReported_andTheRunExitsThree() throws IOException {
        Path crash = write("crash.drl", rule("org.example.crash", "ORG-CRASH-01", "DATA", "LOW", "$d : Dataset()",
                "Object nothing = null; nothing.toString();"));
        Path quiet = write("quiet.yaml", "project: {id: no-datasets}\n");
        Cli cli = Cli.run("assess", example("credit-scoring.yaml"), quiet.toString(), "--rules", crash.toString(), "--format", "json",
                "--as-of", "2026-11-27");
        assertThat(cli.exitCode()).isEqualTo(3);
        assertThat(cli.out()).contains("\"project\": \"no-datasets\"").doesNotContain("\"project\": \"credit-scoring\"");
        assertThat(cli.err()).startsWith("tempo: " + example("credit-scoring.yaml") + ": rule ORG-CRASH-01 failed while assessing"
                + " project credit-scoring");
        // a baseline never records part of the inputs
        Path baseline = dir.resolve("baseline.json");
        Cli update = Cli.run("assess", example("credit-scoring.yaml"), quiet.toString(), "--rules", crash.toString(),
                "--baseline", baseline.toString(), "--update-baseline");
        assertThat(update.exitCode()).isEqualTo(3);
        assertThat(baseline).doesNotExist();
    }

    @Test
    void packThatHaltsTheEngine_neverPassesTheGate_itExitsThreeInOneLine() throws IOException {
        Path halt = write("halt.drl", rule("org.example.halt", "ORG-HALT-01", "DATA", "LOW", "$p : Project()", "drools.halt();")
                .replace("when", "    salience 1000\nwhen"));
        Cli cli = Cli.run("assess", example("credit-scoring.yaml"), "--rules", halt.toString(), "--fail-on", "high", "--as-of", "2026-11-27");
        assertThat(cli.exitCode()).isEqualTo(3);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).isEqualTo("tempo: rule ORG-HALT-01 halted the engine while assessing project credit-scoring,"
                + " before every rule had run; the assessment failed\n");
        Path errors = write("error.drl", rule("org.example.error", "ORG-ERROR-01", "DATA", "LOW", "$d : Dataset()",
                "throw new AssertionError(\"boom\");"));
        Cli error = Cli.run("assess", example("credit-scoring.yaml"), "--rules", errors.toString(), "--fail-on", "high");
        assertThat(error.exitCode()).isEqualTo(3);
        assertThat(error.err().lines()).singleElement().asString()
                .startsWith("tempo: rule ORG-ERROR-01 failed while assessing project credit-scoring: java.lang.AssertionError: boom");
    }

    @Test
    void runawayPack_exitsThree_stoppedByTheFiringLimit_namingTheRule() throws IOException {
        Path loop = write("loop.drl", rule("org.example.loop", "ORG-LOOP-01", "DATA", "LOW", "$d : Dataset()", "update($d);"));
        Cli cli = Cli.run("assess", example("credit-scoring.yaml"), "--rules", loop.toString());
        assertThat(cli.exitCode()).isEqualTo(3);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains("without settling; rule ORG-LOOP-01 fired");
    }

    @Test
    void policy_mayOverrideAndDisablePackRules_onlyWhenThePackIsLoaded() throws IOException {
        Path pack = write("security.drl", SECURITY_DRL);
        Path policy = write("policy.yaml", "severities: {ORG-SEC-01: HIGH}\n");
        Cli cli = Cli.run("assess", example("credit-scoring.yaml"), "--rules", pack.toString(), "--policy", policy.toString(),
                "--format", "json", "--as-of", "2026-11-27");
        assertThat(cli.exitCode()).isZero();
        assertThat(JSON.readTree(cli.out()).get("scores").get("SECURITY").asInt()).isEqualTo(50);
        Path disabling = write("disabling.yaml", "disabled: [ORG-SEC-01]\n");
        Cli disabled = Cli.run("assess", example("credit-scoring.yaml"), "--rules", pack.toString(), "--policy", disabling.toString(),
                "--as-of", "2026-11-27");
        assertThat(disabled.out()).contains("SECURITY 100").doesNotContain("ORG-SEC-01");
        Cli without = Cli.run("assess", example("credit-scoring.yaml"), "--policy", policy.toString());
        assertThat(without.exitCode()).isEqualTo(2);
        assertThat(without.err()).startsWith("tempo: " + policy + ":1:").contains("names a rule that is not loaded");
    }

    @Test
    void validate_acceptsWaiversOfPackRules_whenThePackIsLoaded() throws IOException {
        Path pack = write("security.drl", SECURITY_DRL);
        Path descriptor = write("p.yaml", """
                project: {id: demo}
                waivers:
                  - rule: ORG-SEC-01
                    reason: review booked
                    expires: 2027-01-01
                """);
        Cli without = Cli.run("validate", descriptor.toString());
        assertThat(without.exitCode()).isEqualTo(2);
        assertThat(without.err()).startsWith("tempo: " + descriptor + ":3:");
        Cli with = Cli.run("validate", descriptor.toString(), "--rules", pack.toString());
        assertThat(with.exitCode()).isZero();
        assertThat(with.out()).isEqualTo(descriptor + ": valid\n");
    }

    @Test
    void validate_checksThePacksToo() throws IOException {
        Path descriptor = write("p.yaml", "project: {id: demo}\n");
        Path bad = write("bad.drl", rule("org.example.bad", "ORG-BAD-01", "DATA", "LOW", "Dataset( name == )", ""));
        Cli cli = Cli.run("validate", descriptor.toString(), "--rules", bad.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).startsWith("tempo: " + bad + ":10:");
    }
}
