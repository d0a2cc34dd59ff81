package dev.tempo.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tempo.Assessment;
import dev.tempo.Factor;
import dev.tempo.Finding;
import dev.tempo.RuleInfo;
import dev.tempo.Scores;
import dev.tempo.Scoring;
import dev.tempo.Severity;
import dev.tempo.model.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The limits of the places reports go: GitHub's comment length and its results per SARIF run. */
class LargeReportsTest {
    private static Assessment withFindings(int count) {
        List<Finding> findings = new ArrayList<>();
        Severity[] severities = Severity.values();
        for (int i = 0; i < count; i++) {
            findings.add(new Finding("TEMPO-DATA-02", Factor.DATA, severities[i % severities.length], "Training data has no checks",
                    "dataset-" + i, List.of("dataset-" + i + " has no automated quality checks"), "Add checks.", "Operational tempo, section 2"));
        }
        findings.sort(Finding.REPORT_ORDER);
        return new Assessment("big", LocalDate.of(2026, 11, 27), findings, List.of(), List.of(), List.of(),
                Scores.of(findings, List.of(), Scoring.DEFAULTS), null);
    }

    @Test
    void markdownOverTheLimit_keepsTheVerdictAndTables_andDropsTheLowestDetailsFirst() {
        String markdown = MarkdownReport.render(withFindings(2_000));
        assertThat(markdown.length()).isLessThanOrEqualTo(MarkdownReport.MAX_LENGTH);
        assertThat(markdown).startsWith("<!-- tempo-report: big -->").contains("| factor | score | findings |")
                .contains("<details><summary><b>CRITICAL</b>").doesNotContain("<details><summary><b>INFO</b>")
                .contains("finding(s) of the lowest severities").contains("are left out; the JSON report has them all");
        assertThat(MarkdownReport.render(withFindings(3))).doesNotContain("left out");
    }

    @Test
    void sarifOverGitHubsLimit_keepsTheMostSevereResults_andSaysSo() throws Exception {
        Assessment big = withFindings(SarifReport.MAX_RESULTS + 10);
        String sarif = SarifReport.render(List.of(new SarifReport.Input(big, Project.builder("big").build(), "big.yaml", path -> Optional.empty())),
                List.of(new RuleInfo("TEMPO-DATA-02", Factor.DATA, Severity.HIGH, "t", "s", "r", "d", List.of())), "1.0.0");
        JsonNode run = new ObjectMapper().readTree(sarif).get("runs").get(0);
        assertThat(run.get("results")).hasSize(SarifReport.MAX_RESULTS);
        assertThat(run.get("invocations").get(0).get("toolExecutionNotifications").get(0).get("message").get("text").asText())
                .contains("keeps the 25000 most severe");
        List<String> levels = new ArrayList<>();
        run.get("results").forEach(r -> levels.add(r.get("properties").get("severity").asText()));
        long infos = big.findings().stream().filter(f -> f.severity() == Severity.INFO).count();
        assertThat(levels.stream().filter("INFO"::equals).count()).as("the 10 left out are INFO").isEqualTo(infos - 10);
        assertThat(run.get("results").get(0).get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt()).isEqualTo(1);
    }
}
