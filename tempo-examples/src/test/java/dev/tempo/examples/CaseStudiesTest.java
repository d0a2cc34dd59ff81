package dev.tempo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.Assessment;
import dev.tempo.Band;
import dev.tempo.Finding;
import dev.tempo.Tempo;
import dev.tempo.engine.TempoEngine;
import dev.tempo.examples.cli.Examples;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pins the exact findings (severity, rule, target) and the score of each of the article's case
 * studies, as the README quotes them. A change here is a change to the README.
 */
class CaseStudiesTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    private static final Tempo TEMPO = TempoEngine.create();

    private static Assessment assess(String file) {
        return TEMPO.assess(Examples.read(file), AS_OF);
    }

    private static List<String> findings(Assessment a) {
        return a.findings().stream()
                .map(f -> f.severity() + " " + f.ruleId() + (f.target() == null ? "" : " [" + f.target() + "]"))
                .toList();
    }

    @Test
    void ecommerceRecommender_isWellFramed_fewFindingsNoneHighInGoals() {
        Assessment a = assess("ecommerce-recommender.yaml");
        assertThat(findings(a)).containsExactly(
                "MEDIUM TEMPO-DATA-07 [clickstream]",
                "LOW TEMPO-TOOLING-06");
        assertThat(a.scores().tempo()).isEqualTo(94);
        assertThat(a.scores().band()).isEqualTo(Band.FAST);
        assertThat(a.unknowns()).isEmpty();
    }

    @Test
    void creditScoring_isHeldBackByData_despiteTeamAndTools() {
        Assessment a = assess("credit-scoring.yaml");
        assertThat(findings(a)).containsExactly(
                "HIGH TEMPO-DATA-01",
                "HIGH TEMPO-DATA-02 [loan-applications]",
                "HIGH TEMPO-DATA-02 [repayment-history]",
                "HIGH TEMPO-DATA-09",
                "HIGH TEMPO-MODEL-03 [pd-model]");
        assertThat(a.scores().tempo()).isEqualTo(41);
        assertThat(a.scores().band()).isEqualTo(Band.STALLED);
    }

    @Test
    void marketingPricing_isHeldBackByTheTeam() {
        Assessment a = assess("marketing-pricing.yaml");
        assertThat(findings(a)).containsExactly(
                "HIGH TEMPO-TEAM-02",
                "HIGH TEMPO-TEAM-02 [campaign reporting]",
                "HIGH TEMPO-TEAM-03",
                "HIGH TEMPO-TEAM-06",
                "MEDIUM TEMPO-TEAM-01 [DOMAIN_EXPERT]",
                "MEDIUM TEMPO-TEAM-01 [PROJECT_MANAGER]",
                "MEDIUM TEMPO-TEAM-07");
        assertThat(a.scores().tempo()).isEqualTo(43);
        assertThat(a.scores().band()).isEqualTo(Band.STALLED);
    }

    @Test
    void recommenderScaling_outgrewInfrastructureAndTools() {
        Assessment a = assess("recommender-scaling.yaml");
        assertThat(findings(a)).containsExactly(
                "HIGH TEMPO-DATA-06 [interactions]",
                "HIGH TEMPO-INFRASTRUCTURE-01",
                "HIGH TEMPO-INFRASTRUCTURE-02",
                "HIGH TEMPO-TOOLING-01 [feast + tecton]",
                "MEDIUM TEMPO-TOOLING-02 [EXPERIMENT_TRACKING]",
                "MEDIUM TEMPO-TOOLING-02 [FEATURE_STORE]",
                "MEDIUM TEMPO-TOOLING-03 [spark]",
                "LOW TEMPO-TOOLING-06");
        assertThat(a.scores().tempo()).isEqualTo(60);
        assertThat(a.scores().band()).isEqualTo(Band.SLOW);
        assertThat(a.findings()).filteredOn(f -> f.ruleId().equals("TEMPO-INFRASTRUCTURE-02")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).anySatisfy(line -> assertThat(line)
                        .startsWith("storage 92 TB of 100 TB used (92% > 80%, the policy's storageUsedMaxRatio)")));
    }

    @Test
    void overseasRetailer_buildsAComplexModelWithoutAClearGoal() {
        Assessment a = assess("overseas-retailer.yaml");
        assertThat(findings(a)).containsExactly(
                "CRITICAL TEMPO-MODEL-07 [demand-transformer]",
                "HIGH TEMPO-GOALS-05",
                "HIGH TEMPO-MODEL-02 [demand-transformer]",
                "MEDIUM TEMPO-MODEL-01 [demand-transformer]",
                "MEDIUM TEMPO-MODEL-04 [demand-transformer]",
                "MEDIUM TEMPO-MODEL-08 [demand-transformer]");
        assertThat(a.scores().tempo()).isEqualTo(41);
        assertThat(a.scores().band()).isEqualTo(Band.STALLED);
    }

    @Test
    void loanDefault_breaksResidencyBeforeSeparatingEnvironments_andNotAfter() {
        Assessment before = assess("loan-default-before.yaml");
        assertThat(findings(before)).containsExactly(
                "CRITICAL TEMPO-REGULATION-01 [eu-loans]",
                "HIGH TEMPO-REGULATION-02");
        assertThat(before.scores().tempo()).isEqualTo(57);
        assertThat(before.scores().band()).isEqualTo(Band.SLOW);

        Assessment after = assess("loan-default-after.yaml");
        assertThat(after.findings()).isEmpty();
        assertThat(after.scores().tempo()).isEqualTo(100);
        assertThat(after.scores().band()).isEqualTo(Band.FAST);
    }

    @Test
    void wellRunCase_scoresClearlyAboveEveryTroubledCase() {
        int wellRun = assess("ecommerce-recommender.yaml").scores().tempo();
        Map<String, Integer> troubled = Examples.FILES.stream()
                .filter(f -> !f.equals("ecommerce-recommender.yaml") && !f.equals("loan-default-after.yaml"))
                .collect(Collectors.toMap(f -> f, f -> assess(f).scores().tempo()));
        assertThat(troubled).allSatisfy((file, score) -> assertThat(score).isLessThanOrEqualTo(wellRun - 30));
    }

    @Test
    void fixingAFinding_neverLowersAScore_inAnyCase() {
        for (String file : Examples.FILES) {
            Assessment a = assess(file);
            for (Finding fixed : a.findings()) {
                List<Finding> rest = a.findings().stream().filter(f -> !Objects.equals(f, fixed)).toList();
                var after = dev.tempo.Scores.of(rest, a.scores().factors().keySet(), TEMPO.policy().scoring());
                assertThat(after.tempo()).as(file + " without " + fixed.ruleId()).isGreaterThanOrEqualTo(a.scores().tempo());
                assertThat(after.band().compareTo(a.scores().band())).isLessThanOrEqualTo(0);
                after.factors().forEach((factor, score) -> assertThat(score).isGreaterThanOrEqualTo(a.scores().factors().get(factor)));
            }
        }
    }
}
