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
import dev.tempo.model.Framing;
import dev.tempo.model.Goals;
import dev.tempo.model.GoalsBuilder;
import dev.tempo.model.Project;
import dev.tempo.model.ProjectBuilder;
import dev.tempo.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class GoalsRulesTest {

    private static Project withGoals(UnaryOperator<GoalsBuilder> change) {
        Goals goals = change.apply(GoalsBuilder.builder(Fixtures.goals())).build();
        return ProjectBuilder.builder(Fixtures.wellRun()).goals(goals).build();
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
                    assertThat(f.severity()).isEqualTo(Severity.HIGH);
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
        assertThat(findings(assess(withGoals(g -> g.risks(null))), "TEMPO-GOALS-03")).hasSize(1);
    }

    @Test
    void deadline_raisesGoals04WhenAbsentOrPassed_notOnTheDayItself() {
        assertThat(findings(assess(withGoals(g -> g.deadline(null))), "TEMPO-GOALS-04"))
                .singleElement().extracting(Finding::evidence, InstanceOfAssertFactories.LIST).containsExactly("goals.deadline is not set");
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
        assertThat(findings(assess(withGoals(g -> g.successMetrics(List.of()))), "TEMPO-GOALS-06")).hasSize(1);
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
}
