package dev.tempo.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tempo.Assessment;
import dev.tempo.Band;
import dev.tempo.Factor;
import dev.tempo.Finding;
import dev.tempo.Policy;
import dev.tempo.RuleInfo;
import dev.tempo.Severity;
import dev.tempo.Tempo;
import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Problem;
import dev.tempo.model.Project;
import dev.tempo.model.Waiver;
import dev.tempo.report.JsonReport;
import dev.tempo.testing.Fixtures;
import dev.tempo.testing.OnCallRota;
import dev.tempo.testing.RuleHarness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TempoEngineTest {
    private final Tempo tempo = RuleHarness.engine();

    /**
     * The well-run project without a why, a deadline or a baseline: GOALS-01 (CRITICAL), -04 (MEDIUM), -07 (LOW),
     * and DATA-10 (INFO), which explains them.
     */
    private static Project vagueGoals() {
        return Fixtures.wellRun().toBuilder()
                .goals(Fixtures.goals().toBuilder().why(null).deadline(null).replaces(null).build())
                .build();
    }

    @Test
    void wellRunProject_isFastWithFullScores() {
        Assessment a = tempo.assess(Fixtures.wellRun(), Fixtures.AS_OF);
        assertThat(a.findings()).isEmpty();
        assertThat(a.unknowns()).isEmpty();
        assertThat(a.scores().tempo()).isEqualTo(100);
        assertThat(a.scores().band()).isEqualTo(Band.FAST);
        assertThat(a.scores().factors()).containsOnlyKeys(Factor.DEFAULT_PACK).allSatisfy((f, s) -> assertThat(s).isEqualTo(100));
        assertThat(a.delivery()).isNotNull();
        assertThat(a.projectId()).isEqualTo("well-run");
        assertThat(a.asOf()).isEqualTo(Fixtures.AS_OF);
    }

    @Test
    void findings_comeInReportOrder_andScoreTheirFactor() {
        Assessment a = tempo.assess(vagueGoals(), Fixtures.AS_OF);
        assertThat(a.findings()).extracting(Finding::ruleId)
                .containsExactly("TEMPO-GOALS-01", "TEMPO-GOALS-04", "TEMPO-GOALS-07", "TEMPO-DATA-10");
        assertThat(a.findings()).extracting(Finding::severity)
                .containsExactly(Severity.CRITICAL, Severity.MEDIUM, Severity.LOW, Severity.INFO);
        // GOALS loses 50 + 10 + 5, DATA-10 weighs 0; tempo = round((35 + (35 + 7 * 100) / 8) / 2) = round(63.44) = 63
        assertThat(a.scores().factors()).containsEntry(Factor.GOALS, 35).containsEntry(Factor.DATA, 100);
        assertThat(a.scores().tempo()).isEqualTo(63);
        assertThat(a.scores().band()).isEqualTo(Band.SLOW);
    }

    @Test
    void eachFinding_carriesTheRuleMetadata() {
        Finding f = tempo.assess(vagueGoals(), Fixtures.AS_OF).findings().get(0);
        assertThat(f.factor()).isEqualTo(Factor.GOALS);
        assertThat(f.title()).isEqualTo("No business objective (the why) is stated");
        assertThat(f.recommendation()).startsWith("Write down why the project exists");
        assertThat(f.source()).isEqualTo("Operational tempo, section 1 (Strategic goals)");
    }

    @Test
    void policySeverityOverride_changesSeverityAndScore() {
        Tempo strictOnDeadlines = tempo.withPolicy(Policy.builder().severities(Map.of("TEMPO-GOALS-04", Severity.CRITICAL)).build());
        Assessment a = strictOnDeadlines.assess(vagueGoals(), Fixtures.AS_OF);
        assertThat(a.findings()).filteredOn(f -> f.ruleId().equals("TEMPO-GOALS-04")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.CRITICAL);
        // GOALS loses 50 + 50 + 5, at least 0; tempo = round((0 + 700 / 8) / 2) = round(43.75) = 44
        assertThat(a.scores().factors()).containsEntry(Factor.GOALS, 0);
        assertThat(a.scores().tempo()).isEqualTo(44);
        assertThat(a.scores().band()).isEqualTo(Band.STALLED);
        assertThat(tempo.policy()).isEqualTo(Policy.DEFAULTS);
    }

    @Test
    void criticalFinding_capsTheBandAtSlow() {
        Tempo criticalBaseline = tempo.withPolicy(Policy.builder().severities(Map.of("TEMPO-GOALS-07", Severity.CRITICAL)).build());
        Project onlyBaselineMissing = Fixtures.wellRun().toBuilder()
                .goals(Fixtures.goals().toBuilder().replaces(null).build()).build();
        Assessment a = criticalBaseline.assess(onlyBaselineMissing, Fixtures.AS_OF);
        // GOALS 50; tempo = round((50 + 750 / 8) / 2) = round(71.88) = 72, STEADY by score, capped at SLOW
        assertThat(a.scores().tempo()).isEqualTo(72);
        assertThat(a.scores().band()).isEqualTo(Band.SLOW);
    }

    @Test
    void disabledRule_isNotReportedNorScored() {
        Tempo noGoals01 = tempo.withPolicy(Policy.builder().disabled(java.util.Set.of("TEMPO-GOALS-01")).build());
        Assessment a = noGoals01.assess(vagueGoals(), Fixtures.AS_OF);
        assertThat(a.findings()).extracting(Finding::ruleId).doesNotContain("TEMPO-GOALS-01");
        assertThat(a.scores().factors()).containsEntry(Factor.GOALS, 85);
    }

    @Test
    void explanations_weighNothing_whateverThePolicysWeightsAndSeverities() {
        Policy heavy = Policy.builder()
                .scoring(new dev.tempo.Scoring(Map.of(Severity.INFO, 40, Severity.HIGH, 25), null, null))
                .severities(Map.of("TEMPO-DATA-10", Severity.HIGH)).build();
        Assessment a = tempo.withPolicy(heavy).assess(vagueGoals(), Fixtures.AS_OF);
        assertThat(a.findings()).filteredOn(f -> f.ruleId().equals("TEMPO-DATA-10")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.HIGH);
        assertThat(a.scores().factors()).containsEntry(Factor.DATA, 100);
    }

    @Test
    void projectWithoutHistory_hasNoDeliveryScoreOrFigures_andDeliveryNeverCountsAsHundred() {
        Project unmeasured = vagueGoals().toBuilder().history(List.of()).build();
        Assessment a = tempo.assess(unmeasured, Fixtures.AS_OF);
        assertThat(a.delivery()).isNull();
        assertThat(a.scores().factors()).containsOnlyKeys(Factor.STANDARD).containsEntry(Factor.GOALS, 35);
        // the seven alone: round((35 + 635 / 7) / 2) = round(62.86) = 63; with DELIVERY at 100 it would be 63.44
        assertThat(a.scores().tempo()).isEqualTo(63);
        assertThat(a.findings()).extracting(Finding::ruleId).contains("TEMPO-DELIVERY-06");
        Assessment measured = tempo.assess(vagueGoals(), Fixtures.AS_OF);
        assertThat(measured.scores().factors()).containsEntry(Factor.DELIVERY, 100);
    }

    @Test
    void callersFacts_reachTheirRules_andAreNotReported() {
        String drl = """
                package org.platform;
                import dev.tempo.model.Model;
                import dev.tempo.model.Stage;
                import dev.tempo.testing.OnCallRota;
                global dev.tempo.engine.AssessmentScope tempo;
                rule "ORG-ONCALL-01"
                    @id("ORG-ONCALL-01") @factor("TEAM") @severity("HIGH") @title("A production model has nobody on call")
                when
                    $m : Model( stage == Stage.PRODUCTION )
                    not OnCallRota( model == $m.name(), !engineers.isEmpty() )
                then
                    tempo.raise(kcontext, $m.name(), "no on-call rota names an engineer for " + $m.name());
                end
                """;
        Tempo platform = TempoEngine.builder().addRules(new DrlSource("platform.drl", drl)).build();
        Project project = Fixtures.wellRun();
        assertThat(platform.assess(project, Fixtures.AS_OF).findings()).extracting(Finding::ruleId).containsExactly("ORG-ONCALL-01");
        Assessment covered = platform.assess(project, Fixtures.AS_OF, List.of(new OnCallRota("recommender", List.of("ben"))));
        assertThat(covered.findings()).isEmpty();
        assertThat(covered).isEqualTo(platform.assess(project, Fixtures.AS_OF, List.of(new OnCallRota("recommender", List.of("ben")))));
        assertThat(platform.assess(project, Fixtures.AS_OF, List.of(new OnCallRota("recommender", List.of())))
                .findings()).hasSize(1);
    }

    @Test
    void assessmentDateOutsideYears1900To9999_isRejected() {
        assertThatThrownBy(() -> tempo.assess(Fixtures.wellRun(), LocalDate.of(10_000, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("asOf is +10000-01-01; must be a date from 1900-01-01 to 9999-12-31");
        assertThat(tempo.assess(Fixtures.wellRun(), LocalDate.of(9999, 12, 31))).isNotNull();
    }

    @Test
    void callersFacts_mayNotBeNullOrTemposOwnTypes() {
        Project project = Fixtures.wellRun();
        assertThatThrownBy(() -> tempo.assess(project, Fixtures.AS_OF, java.util.Arrays.asList("a", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("facts[1] is null; pass only the objects your rules match");
        assertThatThrownBy(() -> tempo.assess(project, Fixtures.AS_OF, List.of(Fixtures.model())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("facts[0] is a dev.tempo.model.Model, one of tempo's own types");
        assertThatThrownBy(() -> tempo.assess(project, Fixtures.AS_OF, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void policyNamingAnUnknownRule_isRejectedWithThePath() {
        assertThatThrownBy(() -> tempo.withPolicy(Policy.builder().severities(Map.of("TEMPO-NOPE-01", Severity.LOW)).build()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("severities.TEMPO-NOPE-01"));
        assertThatThrownBy(() -> tempo.withPolicy(Policy.builder().disabled(java.util.Set.of("TEMPO-NOPE-02")).build()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("TEMPO-NOPE-02");
    }

    @Test
    void validWaiver_movesTheFindingToWaived_throughItsExpiryDay() {
        Waiver waiver = new Waiver("TEMPO-GOALS-01", "why is being written, GOV-12", Fixtures.AS_OF, null);
        Project project = vagueGoals().toBuilder().waivers(List.of(waiver)).build();
        Assessment onExpiryDay = tempo.assess(project, Fixtures.AS_OF);
        assertThat(onExpiryDay.findings()).extracting(Finding::ruleId).doesNotContain("TEMPO-GOALS-01");
        assertThat(onExpiryDay.waived()).singleElement().satisfies(w -> {
            assertThat(w.finding().ruleId()).isEqualTo("TEMPO-GOALS-01");
            assertThat(w.waiver()).isEqualTo(waiver);
        });
        assertThat(onExpiryDay.expiredWaivers()).isEmpty();
        assertThat(onExpiryDay.scores().factors()).containsEntry(Factor.GOALS, 85);

        Assessment dayAfter = tempo.assess(project, Fixtures.AS_OF.plusDays(1));
        assertThat(dayAfter.findings()).extracting(Finding::ruleId).contains("TEMPO-GOALS-01");
        assertThat(dayAfter.waived()).isEmpty();
        assertThat(dayAfter.expiredWaivers()).containsExactly(waiver);
    }

    @Test
    void waiverWithTarget_hidesOnlyThatTarget() {
        Waiver elsewhere = new Waiver("TEMPO-GOALS-01", "not this one", Fixtures.AS_OF, "some-dataset");
        Project project = vagueGoals().toBuilder().waivers(List.of(elsewhere)).build();
        Assessment a = tempo.assess(project, Fixtures.AS_OF);
        assertThat(a.findings()).extracting(Finding::ruleId).contains("TEMPO-GOALS-01");
        assertThat(a.waived()).isEmpty();
    }

    @Test
    void expiredWaiver_isReportedEvenWhenItsRuleDoesNotFire() {
        Waiver old = new Waiver("TEMPO-GOALS-01", "long done", LocalDate.of(2025, 1, 1), null);
        Assessment a = tempo.assess(Fixtures.wellRun().toBuilder().waivers(List.of(old)).build(), Fixtures.AS_OF);
        assertThat(a.expiredWaivers()).containsExactly(old);
    }

    @Test
    void waiverForARuleThatIsNotLoaded_isRejected() {
        Waiver typo = new Waiver("TEMPO-GOALS-99", "typo", Fixtures.AS_OF, null);
        Project project = Fixtures.wellRun().toBuilder().waivers(List.of(typo)).build();
        assertThatThrownBy(() -> tempo.assess(project, Fixtures.AS_OF))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.path()).isEqualTo("waivers[0].rule");
                            assertThat(p.message()).contains("TEMPO-GOALS-99").contains("not a loaded rule")
                                    .as("a Java caller is pointed at Java, not the command line")
                                    .endsWith("Tempo.rules() lists the loaded rules").doesNotContain("command");
                        }));
    }

    @Test
    void sameInputAndDate_giveByteIdenticalJson() {
        Project project = vagueGoals();
        String first = JsonReport.render(tempo.assess(project, Fixtures.AS_OF));
        String second = JsonReport.render(TempoEngine.create().assess(project, Fixtures.AS_OF));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void oneEngine_servesManyThreads() throws Exception {
        Assessment expected = tempo.assess(vagueGoals(), Fixtures.AS_OF);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Assessment>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> tempo.assess(vagueGoals(), Fixtures.AS_OF)));
            }
            for (Future<Assessment> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void gate_throwsAssertionErrorCarryingTheReport_atOrAboveTheSeverity() {
        Assessment a = tempo.assess(vagueGoals(), Fixtures.AS_OF);
        assertThatThrownBy(() -> a.assertNoFindingAtOrAbove(Severity.HIGH))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("1 finding(s) at or above HIGH in project well-run")
                .hasMessageContaining("TEMPO-GOALS-01: No business objective (the why) is stated");
        assertThatThrownBy(() -> a.assertNoFindingAtOrAbove(Severity.INFO))
                .hasMessageContaining("4 finding(s) at or above INFO in project well-run");
        Assessment clear = tempo.assess(vagueGoals().toBuilder().goals(Fixtures.goals()).build(), Fixtures.AS_OF);
        clear.assertNoFindingAtOrAbove(Severity.INFO);
    }

    @Test
    void rules_listsTheCatalogueWithMetadata() {
        assertThat(tempo.rules()).extracting(RuleInfo::id).contains("TEMPO-GOALS-01", "TEMPO-GOALS-08");
        assertThat(tempo.rules()).first().extracting(RuleInfo::id).isEqualTo("TEMPO-GOALS-01");
        assertThat(tempo.rules()).isSortedAccordingTo(java.util.Comparator.comparing(RuleInfo::factor).thenComparing(RuleInfo::id));
        RuleInfo goals08 = tempo.rules().stream().filter(r -> r.id().equals("TEMPO-GOALS-08")).findFirst().orElseThrow();
        assertThat(goals08.defaultSeverity()).isEqualTo(Severity.LOW);
        assertThat(goals08.thresholds()).containsExactly("maxStakeholderReviewDays");
        assertThat(goals08.description()).isNotBlank();
    }
}
