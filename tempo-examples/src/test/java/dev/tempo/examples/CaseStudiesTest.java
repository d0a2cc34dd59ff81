package dev.tempo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.Assessment;
import dev.tempo.Band;
import dev.tempo.Factor;
import dev.tempo.Finding;
import dev.tempo.Scores;
import dev.tempo.Tempo;
import dev.tempo.engine.TempoEngine;
import dev.tempo.examples.cli.Examples;
import dev.tempo.model.Waiver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the exact findings (severity, rule, target), score and band of each shipped case study as of
 * {@link Examples#CASE_STUDY_DATE}, and checks that the README's table is generated from these pins.
 */
class CaseStudiesTest {
    private static final Tempo TEMPO = TempoEngine.create();

    /** One shipped case: its descriptor, its row label in the README, and what it must give. */
    record Case(String file, String label, int score, Band band, List<String> findings) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("ecommerce-recommender.yaml", "e-commerce recommender (1, goals): asked *why* first", 94, Band.FAST, List.of(
                        "MEDIUM TEMPO-DATA-07 [clickstream]",
                        "LOW TEMPO-TOOLING-06")),
                new Case("credit-scoring.yaml", "credit scoring (2, data): capable team, best tools, no DataOps", 57, Band.SLOW, List.of(
                        "HIGH TEMPO-DATA-01",
                        "HIGH TEMPO-DATA-02 [loan-applications]",
                        "HIGH TEMPO-DATA-02 [repayment-history]",
                        "INFO TEMPO-DATA-09",
                        "INFO TEMPO-MODEL-03 [pd-model]")),
                new Case("marketing-pricing.yaml", "marketing pricing (3, team): small team, many projects, no engineers or manager",
                        43, Band.STALLED, List.of(
                        "HIGH TEMPO-TEAM-01 [ENGINEER]",
                        "HIGH TEMPO-TEAM-02",
                        "HIGH TEMPO-TEAM-02 [campaign reporting]",
                        "HIGH TEMPO-TEAM-03",
                        "HIGH TEMPO-TEAM-04",
                        "HIGH TEMPO-TEAM-06",
                        "MEDIUM TEMPO-TEAM-01 [PROJECT_MANAGER]")),
                new Case("recommender-scaling.yaml", "recommender scaling (4, infrastructure and tools)", 58, Band.SLOW, List.of(
                        "HIGH TEMPO-DATA-06 [interactions]",
                        "HIGH TEMPO-INFRASTRUCTURE-01",
                        "HIGH TEMPO-INFRASTRUCTURE-02",
                        "HIGH TEMPO-TOOLING-01 [feast + tecton]",
                        "MEDIUM TEMPO-TOOLING-02 [EXPERIMENT_TRACKING]",
                        "MEDIUM TEMPO-TOOLING-02 [FEATURE_STORE]",
                        "MEDIUM TEMPO-TOOLING-03 [spark]",
                        "MEDIUM TEMPO-TOOLING-06",
                        "INFO TEMPO-DELIVERY-06")),
                new Case("overseas-retailer.yaml", "overseas retailer (5, model complexity): past its timebox, over budget, terminated",
                        40, Band.STALLED, List.of(
                        "CRITICAL TEMPO-MODEL-07 [customer-embeddings]",
                        "CRITICAL TEMPO-MODEL-07 [deep-recommender]",
                        "HIGH TEMPO-GOALS-05",
                        "HIGH TEMPO-MODEL-02 [customer-embeddings]",
                        "HIGH TEMPO-MODEL-10 [deep-recommender]",
                        "HIGH TEMPO-MODEL-11 [deep-recommender]",
                        "MEDIUM TEMPO-GOALS-06",
                        "MEDIUM TEMPO-GOALS-08",
                        "MEDIUM TEMPO-MODEL-01 [deep-recommender]",
                        "MEDIUM TEMPO-MODEL-04 [deep-recommender]",
                        "MEDIUM TEMPO-MODEL-08 [deep-recommender]",
                        "INFO TEMPO-DATA-10")),
                new Case("loan-default-before.yaml", "loan default, before separating environments (6, regulation)", 57, Band.SLOW, List.of(
                        "CRITICAL TEMPO-REGULATION-01 [eu-loans]",
                        "HIGH TEMPO-REGULATION-02",
                        "INFO TEMPO-DELIVERY-06")),
                new Case("loan-default-after.yaml", "loan default, after: EU data in its own GDPR environment", 100, Band.FAST, List.of(
                        "INFO TEMPO-DELIVERY-06")),
                new Case("measured-delivery.yaml", "measured delivery (7, not in the article): slow, failing changes and their causes",
                        45, Band.STALLED, List.of(
                        "HIGH TEMPO-DATA-02 [sessions]",
                        "HIGH TEMPO-DELIVERY-01 [DEPLOYMENT]",
                        "HIGH TEMPO-DELIVERY-01 [RETRAINING]",
                        "HIGH TEMPO-DELIVERY-02",
                        "HIGH TEMPO-INFRASTRUCTURE-04",
                        "HIGH TEMPO-INFRASTRUCTURE-07 [feed-ranker]",
                        "HIGH TEMPO-MODEL-05 [feed-ranker]",
                        "MEDIUM TEMPO-DELIVERY-03",
                        "MEDIUM TEMPO-INFRASTRUCTURE-06",
                        "INFO TEMPO-DATA-09",
                        "INFO TEMPO-DELIVERY-07")));
    }

    private static Assessment assess(String file) {
        return TEMPO.assess(Examples.read(file), Examples.CASE_STUDY_DATE);
    }

    private static List<String> findings(Assessment a) {
        return a.findings().stream()
                .map(f -> f.severity() + " " + f.ruleId() + (f.target() == null ? "" : " [" + f.target() + "]"))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void eachCase_givesExactlyItsPinnedFindingsScoreAndBand_withNothingUnknown(Case c) {
        Assessment a = assess(c.file());
        assertThat(findings(a)).containsExactlyElementsOf(c.findings());
        assertThat(a.scores().tempo()).isEqualTo(c.score());
        assertThat(a.scores().band()).isEqualTo(c.band());
        assertThat(a.unknowns()).isEmpty();
    }

    @Test
    void everyShippedExample_isPinned() {
        assertThat(cases()).extracting(Case::file).containsExactlyElementsOf(Examples.FILES);
    }

    @Test
    void readmeTable_isGeneratedFromThePins() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String table = readmeTable();
        assertThat(readme).as("README.md's case table differs from the pins in CaseStudiesTest; replace it with:%n%s", table)
                .contains(table);
    }

    /** The README's case table: one row per case, findings grouped by severity. */
    static String readmeTable() {
        StringBuilder table = new StringBuilder("| case (article section) | tempo | findings |\n|---|---|---|\n");
        for (Case c : cases()) {
            Map<String, List<String>> bySeverity = new LinkedHashMap<>();
            for (String finding : c.findings()) {
                String[] parts = finding.split(" ", 2);
                bySeverity.computeIfAbsent(parts[0], s -> new ArrayList<>()).add(parts[1].replace("TEMPO-", ""));
            }
            String cell = bySeverity.entrySet().stream().map(e -> e.getKey() + " " + String.join(", ", e.getValue()))
                    .collect(Collectors.joining("; "));
            table.append("| ").append(c.label()).append(" | ").append(c.score()).append(' ').append(c.band()).append(" | ")
                    .append(cell.isEmpty() ? "none" : cell).append(" |\n");
        }
        return table.toString();
    }

    @Test
    void creditScoring_explainsItsSlowTempoByTheData_withoutCountingItTwice() {
        Assessment a = assess("credit-scoring.yaml");
        // DATA loses DATA-01 and two DATA-02 (3 x 25); DATA-09 and MODEL-03 explain, weighing nothing
        assertThat(a.scores().factors()).containsEntry(Factor.DATA, 25).containsEntry(Factor.MODEL, 100);
        assertThat(a.findings()).filteredOn(f -> f.ruleId().equals("TEMPO-DATA-09")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).first().isEqualTo("data findings at HIGH or above: TEMPO-DATA-01 (HIGH),"
                        + " TEMPO-DATA-02 on loan-applications (HIGH), TEMPO-DATA-02 on repayment-history (HIGH)"));
    }

    @Test
    void recommenderScaling_storageEvidenceNamesTheNumbers() {
        assertThat(assess("recommender-scaling.yaml").findings()).filteredOn(f -> f.ruleId().equals("TEMPO-INFRASTRUCTURE-02")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).anySatisfy(line -> assertThat(line)
                        .startsWith("storage 92 TB of 100 TB used (92% > 80%, the policy's storageUsedMaxRatio)")));
    }

    @Test
    void overseasRetailer_tellsTheArticlesStory() {
        Assessment a = assess("overseas-retailer.yaml");
        assertThat(evidence(a, "TEMPO-MODEL-10")).contains("180 days over its timebox on the assessment date 2026-11-27");
        assertThat(evidence(a, "TEMPO-MODEL-11")).contains("it is still at stage RESEARCH: its costs rise before it delivers");
        assertThat(evidence(a, "TEMPO-GOALS-06")).contains("goals.successMetrics[0] \"NDCG@10 of the recommender\" measures the model:"
                + " its name names NDCG, a well-known model metric (kind not set)");
    }

    @Test
    void measuredDelivery_isSlowAndFailing_andItsDeclaredProblemsExplainIt() {
        Assessment a = assess("measured-delivery.yaml");
        var d = a.delivery();
        assertThat(d.changes()).isEqualTo(8);
        assertThat(d.changesPer30Days()).isEqualTo(1.3);
        assertThat(d.medianLeadTimeDays()).isEqualTo(68.0);
        assertThat(d.changeFailureRate()).isEqualTo(0.375);
        assertThat(d.medianRestoreHours()).isEqualTo(48.0);
        assertThat(d.rollbacks()).isEqualTo(1);
        assertThat(d.daysSinceLastChange()).containsExactly(Map.entry("feed-ranker", 12L));
        assertThat(evidence(a, "TEMPO-DELIVERY-07")).containsExactly(
                "slow changes (TEMPO-DELIVERY-01 on DEPLOYMENT (HIGH), TEMPO-DELIVERY-01 on RETRAINING (HIGH))"
                        + " <- TEMPO-INFRASTRUCTURE-04 (HIGH), TEMPO-INFRASTRUCTURE-06 (MEDIUM)",
                "failing changes (TEMPO-DELIVERY-02 (HIGH)) <- TEMPO-DATA-02 on sessions (HIGH), TEMPO-INFRASTRUCTURE-07 on feed-ranker (HIGH)",
                "slow recovery (TEMPO-DELIVERY-03 (MEDIUM)) <- TEMPO-INFRASTRUCTURE-06 (MEDIUM),"
                        + " TEMPO-INFRASTRUCTURE-07 on feed-ranker (HIGH), TEMPO-MODEL-05 on feed-ranker (HIGH)");
        // DELIVERY loses 2 x 25 (DELIVERY-01), 25 (DELIVERY-02) and 10 (DELIVERY-03)
        assertThat(a.scores().factors()).containsEntry(Factor.DELIVERY, 15);
    }

    @Test
    void theArticlesCases_carryNoDeliveryNumbers_soTheirDeliveryIsNotScored() {
        for (String file : List.of("recommender-scaling.yaml", "loan-default-before.yaml", "loan-default-after.yaml", "credit-scoring.yaml")) {
            Assessment a = assess(file);
            assertThat(a.delivery()).as(file).isNull();
            assertThat(a.scores().factors()).as(file).doesNotContainKey(Factor.DELIVERY);
        }
        assertThat(assess("ecommerce-recommender.yaml").scores().factors()).containsEntry(Factor.DELIVERY, 100);
    }

    @Test
    void wellRunCase_scoresClearlyAboveEveryTroubledCase() {
        int wellRun = assess("ecommerce-recommender.yaml").scores().tempo();
        Map<String, Integer> troubled = Examples.FILES.stream()
                .filter(f -> !f.equals("ecommerce-recommender.yaml") && !f.equals("loan-default-after.yaml"))
                .collect(Collectors.toMap(f -> f, f -> assess(f).scores().tempo()));
        assertThat(troubled).allSatisfy((file, score) -> assertThat(score).isLessThanOrEqualTo(wellRun - 30));
    }

    /**
     * "Fixing a finding never lowers a score", through the engine: waiving any one finding (its rule,
     * on its target) leaves every factor score, the tempo score and the band at least where they were,
     * with explanations and DELIVERY findings among them.
     */
    @Test
    void fixingAFinding_neverLowersAScore_inAnyCase() {
        for (String file : Examples.FILES) {
            var project = Examples.read(file);
            Assessment a = TEMPO.assess(project, Examples.CASE_STUDY_DATE);
            Scores before = a.scores();
            for (Finding fixed : a.findings()) {
                Waiver waiver = new Waiver(fixed.ruleId(), "fixed", Examples.CASE_STUDY_DATE, fixed.target());
                Assessment after = TEMPO.assess(project.toBuilder().waivers(List.of(waiver)).build(), Examples.CASE_STUDY_DATE);
                String what = file + " without " + fixed.ruleId() + " " + fixed.target();
                assertThat(after.scores().tempo()).as(what).isGreaterThanOrEqualTo(before.tempo());
                assertThat(after.scores().band().compareTo(before.band())).as(what).isLessThanOrEqualTo(0);
                before.factors().forEach((factor, score) -> assertThat(after.scores().factors().get(factor)).as(what + " " + factor)
                        .isGreaterThanOrEqualTo(score));
            }
        }
    }

    private static List<String> evidence(Assessment a, String ruleId) {
        return a.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow().evidence();
    }
}
