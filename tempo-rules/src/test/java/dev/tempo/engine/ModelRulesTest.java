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
import dev.tempo.model.Dataset;
import dev.tempo.model.DatasetBuilder;
import dev.tempo.model.DecisionType;
import dev.tempo.model.Explainability;
import dev.tempo.model.Framing;
import dev.tempo.model.GoalsBuilder;
import dev.tempo.model.Member;
import dev.tempo.model.Model;
import dev.tempo.model.ModelBuilder;
import dev.tempo.model.Project;
import dev.tempo.model.ProjectBuilder;
import dev.tempo.model.Role;
import dev.tempo.model.Stage;
import dev.tempo.model.TeamBuilder;
import dev.tempo.testing.Fixtures;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ModelRulesTest {
    private static final Policy STRICT = Policy.builder().unknownAsFinding(true).build();

    private static Model model(UnaryOperator<ModelBuilder> change) {
        return change.apply(ModelBuilder.builder(Fixtures.model())).build();
    }

    private static Project withModel(UnaryOperator<ModelBuilder> change) {
        return ProjectBuilder.builder(Fixtures.wellRun()).models(List.of(model(change))).build();
    }

    private static Project complexModel(UnaryOperator<ModelBuilder> change) {
        return withModel(m -> change.apply(m.complexity(Complexity.HIGH)));
    }

    /** The one finding the rule raised. */
    private static Finding only(Assessment assessment, String ruleId) {
        List<Finding> found = findings(assessment, ruleId);
        assertThat(found).as(ruleId + " findings").hasSize(1);
        return found.get(0);
    }

    private static Project withExperience(Complexity complexity, Double... years) {
        List<Member> members = IntStream.range(0, years.length)
                .mapToObj(i -> Member.builder("member" + i).role(Role.DATA_SCIENTIST).experienceYears(years[i]).build())
                .toList();
        return ProjectBuilder.builder(withModel(m -> m.complexity(complexity)))
                .team(TeamBuilder.builder(Fixtures.team()).members(members).build()).build();
    }

    @Test
    void wellRunProject_raisesNoModelFinding() {
        Assessment a = assess(Fixtures.wellRun());
        assertThat(a.findings()).extracting(Finding::ruleId).noneMatch(id -> id.startsWith("TEMPO-MODEL"));
        assertThat(a.unknowns()).isEmpty();
    }

    @Test
    void complexModelWithoutBaseline_raisesModel01() {
        Finding f = only(assess(complexModel(m -> m.baselineEvaluated(false))), "TEMPO-MODEL-01");
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.target()).isEqualTo("recommender");
        assertThat(f.evidence()).containsExactly("model recommender has complexity HIGH",
                "no simpler baseline was evaluated (models[0].baselineEvaluated = false)");
    }

    @Test
    void simpleModelOrEvaluatedBaseline_doesNotRaiseModel01() {
        assertThat(findings(assess(withModel(m -> m.complexity(Complexity.MEDIUM).baselineEvaluated(false))), "TEMPO-MODEL-01")).isEmpty();
        assertThat(findings(assess(complexModel(m -> m.baselineEvaluated(true))), "TEMPO-MODEL-01")).isEmpty();
    }

    @Test
    void unknownComplexityOrBaseline_isListedForModel01_andFiresInStrictMode() {
        Assessment a = assess(withModel(m -> m.complexity(null).baselineEvaluated(false)));
        assertThat(findings(a, "TEMPO-MODEL-01")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-MODEL-01")).containsExactly("models[0].complexity");
        assertThat(unknownFields(assess(complexModel(m -> m.baselineEvaluated(null))), "TEMPO-MODEL-01"))
                .containsExactly("models[0].baselineEvaluated");

        Assessment strict = assess(withModel(m -> m.complexity(null).baselineEvaluated(false)), STRICT, Fixtures.AS_OF);
        assertThat(only(strict, "TEMPO-MODEL-01").evidence()).containsExactly(
                "no simpler baseline was evaluated (models[0].baselineEvaluated = false)",
                "models[0].complexity is unknown; strict mode (unknownAsFinding) counts it as its worst value");
        assertThat(strict.unknowns()).isEmpty();
    }

    @Test
    void complexModelWithoutTimebox_raisesModel02_absenceFiresIt() {
        Finding f = only(assess(withModel(m -> m.complexity(Complexity.VERY_HIGH).experimentTimeboxDays(null))), "TEMPO-MODEL-02");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.target()).isEqualTo("recommender");
        assertThat(f.evidence()).containsExactly("model recommender has complexity VERY_HIGH",
                "models[0].experimentTimeboxDays is not set: experiments have no timebox");
    }

    @Test
    void timeboxedOrSimpleModel_doesNotRaiseModel02_unknownComplexityIsListed() {
        assertThat(findings(assess(complexModel(m -> m.experimentTimeboxDays(30))), "TEMPO-MODEL-02")).isEmpty();
        assertThat(findings(assess(withModel(m -> m.complexity(Complexity.LOW).experimentTimeboxDays(null))), "TEMPO-MODEL-02")).isEmpty();
        Assessment unknown = assess(withModel(m -> m.complexity(null).experimentTimeboxDays(null)));
        assertThat(findings(unknown, "TEMPO-MODEL-02")).isEmpty();
        assertThat(unknownFields(unknown, "TEMPO-MODEL-02")).containsExactly("models[0].complexity");
    }

    @Test
    void complexModelTrainedOnUncheckedData_raisesModel03_oneFindingPerModel() {
        Dataset unchecked = DatasetBuilder.builder(Fixtures.dataset()).qualityChecks(false).build();
        Dataset clicks = DatasetBuilder.builder(Fixtures.dataset()).name("clicks").qualityChecks(false).build();
        Project project = ProjectBuilder.builder(Fixtures.wellRun()).datasets(List.of(unchecked, clicks))
                .models(List.of(model(m -> m.complexity(Complexity.HIGH).trainedOn(List.of("orders", "clicks"))))).build();
        Finding f = only(assess(project), "TEMPO-MODEL-03");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.target()).isEqualTo("recommender");
        assertThat(f.evidence()).contains("model recommender has complexity HIGH",
                "trained on datasets[0] (orders), which has no automated quality checks",
                "trained on datasets[1] (clicks), which has no automated quality checks");
    }

    @Test
    void checkedOrUnusedDataOrSimpleModel_doesNotRaiseModel03() {
        Dataset clicks = DatasetBuilder.builder(Fixtures.dataset()).name("clicks").qualityChecks(false).build();
        Project untrainedOn = ProjectBuilder.builder(complexModel(m -> m))
                .datasets(List.of(Fixtures.dataset(), clicks)).build();
        assertThat(findings(assess(untrainedOn), "TEMPO-MODEL-03")).isEmpty();
        Project simple = ProjectBuilder.builder(Fixtures.wellRun())
                .datasets(List.of(DatasetBuilder.builder(Fixtures.dataset()).qualityChecks(false).build())).build();
        assertThat(findings(assess(simple), "TEMPO-MODEL-03")).isEmpty();
    }

    @Test
    void unknownQualityChecks_isListedForModel03() {
        Project project = ProjectBuilder.builder(complexModel(m -> m))
                .datasets(List.of(DatasetBuilder.builder(Fixtures.dataset()).qualityChecks(null).build())).build();
        Assessment a = assess(project);
        assertThat(findings(a, "TEMPO-MODEL-03")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-MODEL-03")).containsExactly("datasets[0].qualityChecks");
    }

    @Test
    void complexModelWithoutExplainability_raisesModel04_mediumForUnregulatedDecisions() {
        Finding f = only(assess(complexModel(m -> m.explainability(Explainability.NONE))), "TEMPO-MODEL-04");
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.target()).isEqualTo("recommender");
        assertThat(f.evidence()).containsExactly("model recommender has complexity HIGH",
                "no explainability plan (models[0].explainability = NONE)");
    }

    @Test
    void complexModelWithoutExplainability_takingCreditDecisions_raisesModel04Critical() {
        Finding f = only(assess(complexModel(m -> m.explainability(Explainability.NONE).decisionType(DecisionType.CREDIT))),
                "TEMPO-MODEL-04");
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.evidence()).contains("it decides CREDIT, a regulated decision: CRITICAL");
        for (DecisionType regulated : List.of(DecisionType.EMPLOYMENT, DecisionType.HEALTH, DecisionType.INSURANCE)) {
            assertThat(only(assess(complexModel(m -> m.explainability(Explainability.NONE).decisionType(regulated))), "TEMPO-MODEL-04")
                    .severity()).as(regulated.name()).isEqualTo(Severity.CRITICAL);
        }
    }

    @Test
    void plannedExplainabilityOrSimpleModel_doesNotRaiseModel04() {
        assertThat(findings(assess(complexModel(m -> m.explainability(Explainability.PLANNED))), "TEMPO-MODEL-04")).isEmpty();
        assertThat(findings(assess(withModel(m -> m.explainability(Explainability.NONE))), "TEMPO-MODEL-04")).isEmpty();
    }

    @Test
    void unknownDecisionType_givesModel04Medium_andIsListed_strictModeMakesItCritical() {
        Project project = complexModel(m -> m.explainability(Explainability.NONE).decisionType(null));
        Assessment a = assess(project);
        assertThat(only(a, "TEMPO-MODEL-04").severity()).isEqualTo(Severity.MEDIUM);
        assertThat(unknownFields(a, "TEMPO-MODEL-04")).containsExactly("models[0].decisionType");

        Finding strict = only(assess(project, STRICT, Fixtures.AS_OF), "TEMPO-MODEL-04");
        assertThat(strict.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(strict.evidence()).contains(
                "models[0].decisionType is unknown; strict mode (unknownAsFinding) counts it as a regulated decision");
    }

    @Test
    void unknownExplainability_isListedForModel04_strictModeKeepsTheRegulatedSeverity() {
        Project project = complexModel(m -> m.explainability(null).decisionType(DecisionType.CREDIT));
        Assessment a = assess(project);
        assertThat(findings(a, "TEMPO-MODEL-04")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-MODEL-04")).containsExactly("models[0].explainability");

        Finding strict = only(assess(project, STRICT, Fixtures.AS_OF), "TEMPO-MODEL-04");
        assertThat(strict.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(strict.evidence()).contains(
                "models[0].explainability is unknown; strict mode (unknownAsFinding) counts it as its worst value");
    }

    @Test
    void productionModelWithoutRetrainingPlan_raisesModel05() {
        Finding f = only(assess(withModel(m -> m.retrainingPlan(false))), "TEMPO-MODEL-05");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.target()).isEqualTo("recommender");
        assertThat(f.evidence()).containsExactly("model recommender is in PRODUCTION",
                "no retraining / rollback plan (models[0].retrainingPlan = false)");
    }

    @Test
    void modelNotInProduction_doesNotRaiseModel05_unknownStageIsListed() {
        assertThat(findings(assess(withModel(m -> m.stage(Stage.DEVELOPMENT).retrainingPlan(false))), "TEMPO-MODEL-05")).isEmpty();
        Assessment a = assess(withModel(m -> m.stage(null).retrainingPlan(false)));
        assertThat(findings(a, "TEMPO-MODEL-05")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-MODEL-05")).containsExactly("models[0].stage");
        assertThat(unknownFields(assess(withModel(m -> m.retrainingPlan(null))), "TEMPO-MODEL-05"))
                .containsExactly("models[0].retrainingPlan");
    }

    @Test
    void veryHighModelWithInexperiencedTeam_raisesModel06_evenCountTakesTheMeanOfTheMiddleTwo() {
        Finding f = only(assess(withExperience(Complexity.VERY_HIGH, 1.0, 1.0, 2.5, 10.0)), "TEMPO-MODEL-06");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.target()).isEqualTo("recommender");
        assertThat(f.evidence()).containsExactly("model recommender has complexity VERY_HIGH",
                "median experience 1.75 years over 4 members with known experience (< 2, the policy's minMedianExperienceYears)");
    }

    @Test
    void model06_onBothSidesOfTheThreshold_andWithThePolicyChanged() {
        assertThat(findings(assess(withExperience(Complexity.VERY_HIGH, 1.0, 2.0, 3.0)), "TEMPO-MODEL-06")).isEmpty();
        assertThat(findings(assess(withExperience(Complexity.VERY_HIGH, 1.0, 1.9, 3.0)), "TEMPO-MODEL-06")).hasSize(1);
        Policy lenient = Policy.builder().thresholds(Thresholds.builder().minMedianExperienceYears(1.5).build()).build();
        assertThat(findings(assess(withExperience(Complexity.VERY_HIGH, 1.0, 1.9, 3.0), lenient, Fixtures.AS_OF), "TEMPO-MODEL-06")).isEmpty();
        assertThat(findings(assess(withExperience(Complexity.HIGH, 0.5, 0.5, 1.0)), "TEMPO-MODEL-06")).isEmpty();
    }

    @Test
    void model06_usesOnlyKnownExperience() {
        Finding f = only(assess(withExperience(Complexity.VERY_HIGH, 1.0, null, 1.5, 10.0)), "TEMPO-MODEL-06");
        assertThat(f.evidence()).contains(
                "median experience 1.5 years over 3 members with known experience (< 2, the policy's minMedianExperienceYears)");
    }

    @Test
    void model06_withoutKnownExperience_listsTheMissingFacts_evenInStrictMode() {
        Project noMembers = ProjectBuilder.builder(withModel(m -> m.complexity(Complexity.VERY_HIGH)))
                .team(TeamBuilder.builder(Fixtures.team()).members(List.of()).build()).build();
        assertThat(unknownFields(assess(noMembers), "TEMPO-MODEL-06")).containsExactly("team.members");
        Assessment noYears = assess(withExperience(Complexity.VERY_HIGH, null, null), STRICT, Fixtures.AS_OF);
        assertThat(findings(noYears, "TEMPO-MODEL-06")).isEmpty();
        assertThat(unknownFields(noYears, "TEMPO-MODEL-06"))
                .containsExactlyInAnyOrder("team.members[0].experienceYears", "team.members[1].experienceYears");
    }

    @Test
    void model06_unknownComplexityWithInexperiencedTeam_isListed_andFiresInStrictMode() {
        Project project = withExperience(null, 1.0, 1.0, 1.0);
        assertThat(unknownFields(assess(project), "TEMPO-MODEL-06")).containsExactly("models[0].complexity");
        assertThat(findings(assess(project, STRICT, Fixtures.AS_OF), "TEMPO-MODEL-06")).hasSize(1);
    }

    @Test
    void complexModelWithoutWhy_raisesModel07Critical() {
        Project project = ProjectBuilder.builder(complexModel(m -> m))
                .goals(GoalsBuilder.builder(Fixtures.goals()).why(null).build()).build();
        Finding f = only(assess(project), "TEMPO-MODEL-07");
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.target()).isEqualTo("recommender");
        assertThat(f.evidence()).containsExactly("model recommender has complexity HIGH",
                "TEMPO-GOALS-01 holds: No business objective (the why) is stated");
    }

    @Test
    void complexModelsFramedAroundAModel_raiseModel07PerComplexModel_namingBothGoalsFindings() {
        Project project = ProjectBuilder.builder(Fixtures.wellRun())
                .models(List.of(model(m -> m.complexity(Complexity.VERY_HIGH)), model(m -> m.name("ranker").complexity(Complexity.HIGH)),
                        model(m -> m.name("baseline").complexity(Complexity.LOW))))
                .goals(GoalsBuilder.builder(Fixtures.goals()).why(" ").framing(Framing.MODEL).build()).build();
        List<Finding> found = findings(assess(project), "TEMPO-MODEL-07");
        assertThat(found).extracting(Finding::target).containsExactlyInAnyOrder("recommender", "ranker");
        assertThat(found).allSatisfy(f -> assertThat(f.evidence()).endsWith(
                "TEMPO-GOALS-01 holds: No business objective (the why) is stated",
                "TEMPO-GOALS-05 holds: The project is framed around a model, not a product"));
    }

    @Test
    void model07_judgesTheGoalsCondition_evenWhenTheGoalsRuleIsDisabled() {
        Project project = ProjectBuilder.builder(complexModel(m -> m))
                .goals(GoalsBuilder.builder(Fixtures.goals()).framing(Framing.MODEL).build()).build();
        Policy disabled = Policy.builder().disabled(Set.of("TEMPO-GOALS-05")).build();
        Assessment a = assess(project, disabled, Fixtures.AS_OF);
        assertThat(findings(a, "TEMPO-GOALS-05")).isEmpty();
        assertThat(findings(a, "TEMPO-MODEL-07")).hasSize(1);
    }

    @Test
    void clearGoalsOrSimpleModel_doesNotRaiseModel07() {
        assertThat(findings(assess(complexModel(m -> m)), "TEMPO-MODEL-07")).isEmpty();
        Project simple = ProjectBuilder.builder(Fixtures.wellRun())
                .goals(GoalsBuilder.builder(Fixtures.goals()).why(null).build()).build();
        assertThat(findings(assess(simple), "TEMPO-MODEL-07")).isEmpty();
    }

    @Test
    void model07_unknownFramingOrComplexity_isListed_strictModeCountsUnknownFramingAsModel() {
        Project unknownFraming = ProjectBuilder.builder(complexModel(m -> m))
                .goals(GoalsBuilder.builder(Fixtures.goals()).framing(null).build()).build();
        Assessment a = assess(unknownFraming);
        assertThat(findings(a, "TEMPO-MODEL-07")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-MODEL-07")).containsExactly("goals.framing");
        assertThat(findings(assess(unknownFraming, STRICT, Fixtures.AS_OF), "TEMPO-MODEL-07")).hasSize(1);

        Project unknownComplexity = ProjectBuilder.builder(withModel(m -> m.complexity(null)))
                .goals(GoalsBuilder.builder(Fixtures.goals()).why(null).build()).build();
        assertThat(unknownFields(assess(unknownComplexity), "TEMPO-MODEL-07")).containsExactly("models[0].complexity");
    }

    @Test
    void modelServingUsersWithoutAcceptanceTest_raisesModel08() {
        Finding f = only(assess(withModel(m -> m.userAcceptanceTestPlanned(false))), "TEMPO-MODEL-08");
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.target()).isEqualTo("recommender");
        assertThat(f.evidence()).containsExactly("model recommender will serve users",
                "no user acceptance test is planned (models[0].userAcceptanceTestPlanned = false)");
    }

    @Test
    void modelNotServingUsers_doesNotRaiseModel08_unknownServesUsersIsListed_strictFires() {
        assertThat(findings(assess(withModel(m -> m.servesUsers(false).userAcceptanceTestPlanned(false))), "TEMPO-MODEL-08")).isEmpty();
        Project unknown = withModel(m -> m.servesUsers(null).userAcceptanceTestPlanned(false));
        assertThat(unknownFields(assess(unknown), "TEMPO-MODEL-08")).containsExactly("models[0].servesUsers");
        assertThat(findings(assess(unknown, STRICT, Fixtures.AS_OF), "TEMPO-MODEL-08")).hasSize(1);
    }
}
