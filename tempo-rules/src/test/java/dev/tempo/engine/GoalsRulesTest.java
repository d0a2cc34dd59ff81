package dev.tempo.engine;

import static dev.tempo.testing.RuleHarness.assess;
import static dev.tempo.testing.RuleHarness.findings;
import static dev.tempo.testing.RuleHarness.unknownFields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.Assessment;
import dev.tempo.Finding;
import dev.tempo.Policy;
import dev.tempo.Severity;
import dev.tempo.Thresholds;
import dev.tempo.model.Complexity;
import dev.tempo.model.EventKind;
import dev.tempo.model.Framing;
import dev.tempo.model.HistoryEvent;
import dev.tempo.model.MetricKind;
import dev.tempo.model.Model;
import dev.tempo.model.Stage;
import dev.tempo.model.SuccessMetric;
import dev.tempo.model.Goals;
import dev.tempo.model.Project;
import dev.tempo.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoalsRulesTest {

    private static Project withGoals(UnaryOperator<Goals.Builder> change) {
        Goals goals = change.apply(Fixtures.goals().toBuilder()).build();
        return Fixtures.wellRun().toBuilder().goals(goals).build();
    }

    @Test
    void wellRunProject_raisesNoGoalsFinding() {
        Assessment a = assess(Fixtures.wellRun());
        assertThat(a.findings()).extracting(Finding::ruleId).noneMatch(id -> id.startsWith("TEMPO-GOALS"));
        assertThat(a.unknowns()).isEmpty();
    }

    @Test
    void missingWhy_raisesGoals01() {
        assertThat(findings(assess(withGoals(g -> g.why(null))), "TEMPO-GOALS-01"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
                    assertThat(f.target()).isNull();
                    assertThat(f.evidence()).containsExactly("goals.why is not stated");
                });
        assertThat(findings(assess(withGoals(g -> g.why("  "))), "TEMPO-GOALS-01")).hasSize(1);
    }

    @Test
    void noEndUsers_raisesGoals02() {
        assertThat(findings(assess(withGoals(g -> g.endUsers(List.of()))), "TEMPO-GOALS-02")).hasSize(1);
    }

    @Test
    void noRisks_raisesGoals03() {
        assertThat(findings(assess(withGoals(g -> g.risks(List.of()))), "TEMPO-GOALS-03")).hasSize(1);
    }

    @Test
    void deadline_raisesGoals04WhenAbsentOrPassed_notOnTheDayItself() {
        assertThat(findings(assess(withGoals(g -> g.deadline(null))), "TEMPO-GOALS-04"))
                .singleElement().extracting(Finding::evidence, InstanceOfAssertFactories.LIST).containsExactly("goals.deadline is not set");
        assertThat(findings(assess(withGoals(g -> g.deadline(null))), "TEMPO-GOALS-04"))
                .singleElement().extracting(Finding::title).isEqualTo("No deadline, or it has passed");
        assertThat(findings(assess(withGoals(g -> g.deadline(Fixtures.AS_OF.minusDays(1)))), "TEMPO-GOALS-04"))
                .singleElement().extracting(Finding::evidence, InstanceOfAssertFactories.LIST)
                .containsExactly("goals.deadline 2026-11-26 passed before the assessment date 2026-11-27");
        assertThat(findings(assess(withGoals(g -> g.deadline(Fixtures.AS_OF))), "TEMPO-GOALS-04")).isEmpty();
    }

    @Test
    void deadline_isJudgedOnTheAssessmentDate_notTheClock() {
        Project project = withGoals(g -> g.deadline(LocalDate.of(2020, 1, 1)));
        assertThat(findings(assess(project, Policy.DEFAULTS, LocalDate.of(2019, 12, 31)), "TEMPO-GOALS-04")).isEmpty();
        assertThat(findings(assess(project, Policy.DEFAULTS, LocalDate.of(2020, 1, 2)), "TEMPO-GOALS-04")).hasSize(1);
    }

    @Test
    void modelFraming_raisesGoals05_unknownFramingIsListed() {
        assertThat(findings(assess(withGoals(g -> g.framing(Framing.MODEL))), "TEMPO-GOALS-05")).hasSize(1);
        Assessment unknown = assess(withGoals(g -> g.framing(null)));
        assertThat(findings(unknown, "TEMPO-GOALS-05")).isEmpty();
        assertThat(unknownFields(unknown, "TEMPO-GOALS-05")).containsExactly("goals.framing");
    }

    @Test
    void unknownFraming_inStrictMode_raisesGoals05() {
        Policy strict = Policy.builder().unknownAsFinding(true).build();
        Assessment a = assess(withGoals(g -> g.framing(null)), strict, Fixtures.AS_OF);
        assertThat(findings(a, "TEMPO-GOALS-05")).singleElement().extracting(Finding::evidence, InstanceOfAssertFactories.LIST)
                .containsExactly("goals.framing is unknown; strict mode (unknownAsFinding) counts it as its worst value");
        assertThat(a.unknowns()).isEmpty();
    }

    @Test
    void noSuccessMetric_raisesGoals06() {
        assertThat(findings(assess(withGoals(g -> g.successMetrics(List.of()))), "TEMPO-GOALS-06"))
                .singleElement().extracting(Finding::evidence, InstanceOfAssertFactories.LIST).containsExactly("goals.successMetrics is empty");
    }

    @Test
    void onlyModelMetrics_raiseGoals06_namingEachAndWhy() {
        Project project = withGoals(g -> g.successMetrics(List.of(
                SuccessMetric.of("forecast error (MAPE)", "< 12%"),
                new SuccessMetric("uplift model quality", null, MetricKind.MODEL))));
        assertThat(findings(assess(project), "TEMPO-GOALS-06")).singleElement()
                .extracting(Finding::evidence, InstanceOfAssertFactories.LIST).containsExactly(
                        "every declared success metric measures the model, none the business",
                        "goals.successMetrics[0] \"forecast error (MAPE)\" measures the model: its name names MAPE, a well-known model metric (kind not set)",
                        "goals.successMetrics[1] \"uplift model quality\" measures the model: kind MODEL");
    }

    @Test
    void oneBusinessMetricBesideModelMetrics_orKindBusiness_keepsGoals06Quiet() {
        assertThat(findings(assess(withGoals(g -> g.successMetrics(List.of(SuccessMetric.of("AUC", null),
                SuccessMetric.of("default rate of approved loans", "< 2.5%"))))), "TEMPO-GOALS-06")).isEmpty();
        assertThat(findings(assess(withGoals(g -> g.successMetrics(List.of(
                new SuccessMetric("recall of fraud cases", null, MetricKind.BUSINESS))))), "TEMPO-GOALS-06")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"accuracy", "ROC-AUC", "F1-score", "NDCG@10", "precision@k", "Recall", "rmse", "log loss", "LogLoss",
            "log-loss", "perplexity", "BLEU-4", "ROUGE-L", "MAE on holdout", "weekly MAPE"})
    void wellKnownModelMetricNames_countAsModelMetrics(String name) {
        assertThat(findings(assess(withGoals(g -> g.successMetrics(List.of(SuccessMetric.of(name, null))))), "TEMPO-GOALS-06")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"average basket size", "F10 adoption", "maestro bookings", "aucland sales", "precisionfarming revenue",
            "recalls avoided", "campaign margin"})
    void namesThatOnlyContainAModelMetricsLetters_areBusinessMetrics(String name) {
        assertThat(findings(assess(withGoals(g -> g.successMetrics(List.of(SuccessMetric.of(name, null))))), "TEMPO-GOALS-06")).isEmpty();
    }

    @Test
    void unknownBaseline_raisesGoals07() {
        assertThat(findings(assess(withGoals(g -> g.replaces(null))), "TEMPO-GOALS-07")).hasSize(1);
    }

    @Test
    void reviewInterval_raisesGoals08AboveThePolicy_onBothSidesOfIt() {
        assertThat(findings(assess(withGoals(g -> g.stakeholderReviewDays(null))), "TEMPO-GOALS-08")).hasSize(1);
        assertThat(findings(assess(withGoals(g -> g.stakeholderReviewDays(30))), "TEMPO-GOALS-08")).isEmpty();
        assertThat(findings(assess(withGoals(g -> g.stakeholderReviewDays(31))), "TEMPO-GOALS-08"))
                .singleElement().extracting(Finding::evidence, InstanceOfAssertFactories.LIST)
                .containsExactly("reviews every 31 days (> 30, the policy's maxStakeholderReviewDays)");
        Policy looser = Policy.builder().thresholds(Thresholds.builder().maxStakeholderReviewDays(45).build()).build();
        assertThat(findings(assess(withGoals(g -> g.stakeholderReviewDays(31)), looser, Fixtures.AS_OF), "TEMPO-GOALS-08")).isEmpty();
    }

    private static Project withModel(Project project, UnaryOperator<Model.Builder> change) {
        return project.toBuilder().models(List.of(change.apply(Fixtures.model().toBuilder()).build())).build();
    }

    @Test
    void noReviewWhileAComplexModelIsBuilt_raisesGoals08AtMedium_notForARetiredOne() {
        Project noReview = withGoals(g -> g.stakeholderReviewDays(null));
        assertThat(findings(assess(withModel(noReview, m -> m.complexity(Complexity.HIGH))), "TEMPO-GOALS-08")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                    assertThat(f.evidence()).containsExactly("goals.stakeholderReviewDays is not set: no regular review",
                            "model recommender has complexity HIGH: keep the business informed while a complex model is built");
                });
        assertThat(findings(assess(withModel(noReview, m -> m.complexity(Complexity.VERY_HIGH).stage(Stage.RETIRED))), "TEMPO-GOALS-08"))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.LOW);
        assertThat(findings(assess(noReview), "TEMPO-GOALS-08")).singleElement().extracting(Finding::severity).isEqualTo(Severity.LOW);
        assertThat(findings(assess(withModel(Fixtures.wellRun(), m -> m.complexity(Complexity.HIGH))), "TEMPO-GOALS-08")).isEmpty();
    }

    @Test
    void unknownComplexity_keepsGoals08Low_andIsListed_strictModeEscalates() {
        Project project = withModel(withGoals(g -> g.stakeholderReviewDays(null)), m -> m.complexity(null));
        Assessment lenient = assess(project);
        assertThat(findings(lenient, "TEMPO-GOALS-08")).singleElement().extracting(Finding::severity).isEqualTo(Severity.LOW);
        assertThat(unknownFields(lenient, "TEMPO-GOALS-08")).containsExactly("models[0].complexity");
        Assessment strict = assess(project, Policy.builder().unknownAsFinding(true).build(), Fixtures.AS_OF);
        assertThat(findings(strict, "TEMPO-GOALS-08")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.evidence()).contains("models[0].complexity is unknown; strict mode (unknownAsFinding) counts it as its worst value");
        });
        assertThat(unknownFields(assess(withModel(Fixtures.wellRun(), m -> m.complexity(null))), "TEMPO-GOALS-08")).isEmpty();
    }

    private static Project withLeadTimes(Project project, double... leadTimes) {
        List<HistoryEvent> history = new java.util.ArrayList<>();
        for (int i = 0; i < leadTimes.length; i++) {
            history.add(Fixtures.change(Fixtures.AS_OF.minusDays(10 + i).toString(), i % 2 == 0 ? EventKind.DEPLOYMENT : EventKind.RETRAINING,
                    leadTimes[i]));
        }
        return project.toBuilder().history(history).build();
    }

    @Test
    void deadlineShorterThanTheMedianLeadTime_raisesGoals09_onBothSidesOfIt() {
        // median of 20, 30, 40 and 50 is 35 days
        Project in34 = withLeadTimes(withGoals(g -> g.deadline(Fixtures.AS_OF.plusDays(34))), 20, 30, 40, 50);
        assertThat(findings(assess(in34), "TEMPO-GOALS-09")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.target()).isNull();
            assertThat(f.evidence()).containsExactly("goals.deadline 2026-12-31 is 34 days after the assessment date 2026-11-27",
                    "one typical change takes 35 days: the median leadTimeDays of 4 change(s) in the last 180 days of history");
        });
        assertThat(findings(assess(withLeadTimes(withGoals(g -> g.deadline(Fixtures.AS_OF.plusDays(35))), 20, 30, 40, 50)), "TEMPO-GOALS-09")).isEmpty();
        assertThat(findings(assess(in34), "TEMPO-GOALS-04")).isEmpty();
    }

    @Test
    void deadlineOnTheAssessmentDate_hasZeroDaysLeft_andPassedDeadlinesAreGoals04s() {
        Project today = withLeadTimes(withGoals(g -> g.deadline(Fixtures.AS_OF)), 1);
        assertThat(findings(assess(today), "TEMPO-GOALS-09")).singleElement().extracting(Finding::evidence, InstanceOfAssertFactories.LIST)
                .startsWith("goals.deadline 2026-11-27 is 0 days after the assessment date 2026-11-27");
        Project passed = withLeadTimes(withGoals(g -> g.deadline(Fixtures.AS_OF.minusDays(1))), 100);
        assertThat(findings(assess(passed), "TEMPO-GOALS-09")).isEmpty();
        assertThat(findings(assess(passed), "TEMPO-GOALS-04")).hasSize(1);
    }

    @Test
    void withoutLeadTimesInTheWindow_goals09CannotJudgeFeasibility() {
        Project soon = withGoals(g -> g.deadline(Fixtures.AS_OF.plusDays(1)));
        assertThat(findings(assess(soon.toBuilder().history(List.of()).build()), "TEMPO-GOALS-09")).isEmpty();
        Project oldChanges = soon.toBuilder().history(List.of(Fixtures.change("2025-01-10", EventKind.DEPLOYMENT, 90))).build();
        assertThat(findings(assess(oldChanges), "TEMPO-GOALS-09")).isEmpty();
        Project noLeadTime = soon.toBuilder().history(List.of(
                new HistoryEvent(Fixtures.AS_OF.minusDays(3), EventKind.DEPLOYMENT, "recommender", null, false, null))).build();
        assertThat(findings(assess(noLeadTime), "TEMPO-GOALS-09")).isEmpty();
    }

    @Test
    void missingOutcome_raisesGoals10() {
        assertThat(findings(assess(withGoals(g -> g.outcome(null))), "TEMPO-GOALS-10")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                    assertThat(f.evidence()).containsExactly("goals.outcome is not stated");
                });
        assertThat(findings(assess(withGoals(g -> g.outcome(" "))), "TEMPO-GOALS-10")).hasSize(1);
        assertThat(findings(assess(Fixtures.wellRun()), "TEMPO-GOALS-10")).isEmpty();
    }
}
