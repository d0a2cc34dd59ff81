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
import dev.tempo.model.DecisionType;
import dev.tempo.model.Explainability;
import dev.tempo.model.Framing;
import dev.tempo.model.Member;
import dev.tempo.model.Model;
import dev.tempo.model.Project;
import dev.tempo.model.Role;
import dev.tempo.model.Stage;
import dev.tempo.testing.Fixtures;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ModelRulesTest {
    private static final Policy STRICT = Policy.builder().unknownAsFinding(true).build();

    private static Model model(UnaryOperator<Model.Builder> change) {
        return change.apply(Fixtures.model().toBuilder()).build();
    }

    private static Project withModel(UnaryOperator<Model.Builder> change) {
        return Fixtures.wellRun().toBuilder().models(List.of(model(change))).build();
    }

    private static Project complexModel(UnaryOperator<Model.Builder> change) {
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
        return withModel(m -> m.complexity(complexity)).toBuilder()
                .team(Fixtures.team().toBuilder().members(members).build()).build();
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
    void complexModelTrainedOnUncheckedData_explainsTheData02FindingsWithModel03() {
        Dataset unchecked = Fixtures.dataset().toBuilder().qualityChecks(false).build();
        Dataset clicks = Fixtures.dataset().toBuilder().name("clicks").qualityChecks(false).build();
        Project project = Fixtures.wellRun().toBuilder().datasets(List.of(unchecked, clicks))
                .models(List.of(model(m -> m.complexity(Complexity.HIGH).trainedOn(List.of("orders", "clicks"))))).build();
        Assessment a = assess(project);
        Finding f = only(a, "TEMPO-MODEL-03");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.target()).isEqualTo("recommender");
        assertThat(f.evidence()).containsExactly("model recommender has complexity HIGH",
                "it is trained on data without automated quality checks: TEMPO-DATA-02 on clicks (HIGH), TEMPO-DATA-02 on orders (HIGH)",
                "a complex model needs more data validation, hides data problems and is harder to debug");
        // an explanation: the missing checks cost DATA, not MODEL
        assertThat(a.scores().factors()).containsEntry(dev.tempo.Factor.MODEL, 100);
    }

    @Test
    void checkedOrUnusedDataOrSimpleModel_doesNotRaiseModel03() {
        Dataset clicks = Fixtures.dataset().toBuilder().name("clicks").qualityChecks(false).build();
        Project untrainedOn = complexModel(m -> m).toBuilder()
                .datasets(List.of(Fixtures.dataset(), clicks)).build();
        assertThat(findings(assess(untrainedOn), "TEMPO-MODEL-03")).isEmpty();
        Project simple = Fixtures.wellRun().toBuilder()
                .datasets(List.of(Fixtures.dataset().toBuilder().qualityChecks(false).build())).build();
        assertThat(findings(assess(simple), "TEMPO-MODEL-03")).isEmpty();
    }

    @Test
    void model03_explainsOnlyWhatData02Raised_andMarksWaivedFindings() {
        Project unknownChecks = complexModel(m -> m).toBuilder()
                .datasets(List.of(Fixtures.dataset().toBuilder().qualityChecks(null).build())).build();
        Assessment a = assess(unknownChecks);
        assertThat(findings(a, "TEMPO-MODEL-03")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-DATA-02")).containsExactly("datasets[0].qualityChecks");
        Project waived = complexModel(m -> m).toBuilder()
                .datasets(List.of(Fixtures.dataset().toBuilder().qualityChecks(false).build()))
                .waivers(List.of(new dev.tempo.model.Waiver("TEMPO-DATA-02", "checks land next sprint", Fixtures.AS_OF, "orders"))).build();
        assertThat(only(assess(waived), "TEMPO-MODEL-03").evidence())
                .contains("it is trained on data without automated quality checks: TEMPO-DATA-02 on orders (HIGH, waived)");
    }

    @Test
    void complexModelWithoutExplainability_raisesModel04AtMedium_whateverItDecides() {
        Finding f = only(assess(complexModel(m -> m.explainability(Explainability.NONE))), "TEMPO-MODEL-04");
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.target()).isEqualTo("recommender");
        assertThat(f.evidence()).containsExactly("model recommender has complexity HIGH",
                "no explainability plan (models[0].explainability = NONE)");
        for (DecisionType decision : List.of(DecisionType.CREDIT, DecisionType.EMPLOYMENT, DecisionType.HEALTH, DecisionType.INSURANCE)) {
            assertThat(only(assess(complexModel(m -> m.explainability(Explainability.NONE).decisionType(decision))), "TEMPO-MODEL-04")
                    .severity()).as(decision.name()).isEqualTo(Severity.MEDIUM);
        }
        Finding strict = only(assess(complexModel(m -> m.explainability(Explainability.NONE).decisionType(null)), STRICT, Fixtures.AS_OF),
                "TEMPO-MODEL-04");
        assertThat(strict.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void plannedExplainabilityOrSimpleModel_doesNotRaiseModel04() {
        assertThat(findings(assess(complexModel(m -> m.explainability(Explainability.PLANNED))), "TEMPO-MODEL-04")).isEmpty();
        assertThat(findings(assess(withModel(m -> m.explainability(Explainability.NONE))), "TEMPO-MODEL-04")).isEmpty();
    }

    @Test
    void unknownExplainability_isListedForModel04_andFiresInStrictMode() {
        Project project = complexModel(m -> m.explainability(null).decisionType(DecisionType.CREDIT));
        Assessment a = assess(project);
        assertThat(findings(a, "TEMPO-MODEL-04")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-MODEL-04")).containsExactly("models[0].explainability");

        Finding strict = only(assess(project, STRICT, Fixtures.AS_OF), "TEMPO-MODEL-04");
        assertThat(strict.severity()).isEqualTo(Severity.MEDIUM);
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
        Project noMembers = withModel(m -> m.complexity(Complexity.VERY_HIGH)).toBuilder()
                .team(Fixtures.team().toBuilder().members(List.of()).build()).build();
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
        Project project = complexModel(m -> m).toBuilder()
                .goals(Fixtures.goals().toBuilder().why(null).build()).build();
        Finding f = only(assess(project), "TEMPO-MODEL-07");
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.target()).isEqualTo("recommender");
        assertThat(f.evidence()).containsExactly("model recommender has complexity HIGH",
                "TEMPO-GOALS-01 holds: No business objective (the why) is stated");
    }

    @Test
    void complexModelsFramedAroundAModel_raiseModel07PerComplexModel_namingBothGoalsFindings() {
        Project project = Fixtures.wellRun().toBuilder()
                .models(List.of(model(m -> m.complexity(Complexity.VERY_HIGH)), model(m -> m.name("ranker").complexity(Complexity.HIGH)),
                        model(m -> m.name("baseline").complexity(Complexity.LOW))))
                .goals(Fixtures.goals().toBuilder().why(" ").framing(Framing.MODEL).build()).build();
        List<Finding> found = findings(assess(project), "TEMPO-MODEL-07");
        assertThat(found).extracting(Finding::target).containsExactlyInAnyOrder("recommender", "ranker");
        assertThat(found).allSatisfy(f -> assertThat(f.evidence()).endsWith(
                "TEMPO-GOALS-01 holds: No business objective (the why) is stated",
                "TEMPO-GOALS-05 holds: The project is framed around a model, not a product"));
    }

    @Test
    void model07_judgesTheGoalsCondition_evenWhenTheGoalsRuleIsDisabled() {
        Project project = complexModel(m -> m).toBuilder()
                .goals(Fixtures.goals().toBuilder().framing(Framing.MODEL).build()).build();
        Policy disabled = Policy.builder().disabled(Set.of("TEMPO-GOALS-05")).build();
        Assessment a = assess(project, disabled, Fixtures.AS_OF);
        assertThat(findings(a, "TEMPO-GOALS-05")).isEmpty();
        assertThat(findings(a, "TEMPO-MODEL-07")).hasSize(1);
    }

    @Test
    void clearGoalsOrSimpleModel_doesNotRaiseModel07() {
        assertThat(findings(assess(complexModel(m -> m)), "TEMPO-MODEL-07")).isEmpty();
        Project simple = Fixtures.wellRun().toBuilder()
                .goals(Fixtures.goals().toBuilder().why(null).build()).build();
        assertThat(findings(assess(simple), "TEMPO-MODEL-07")).isEmpty();
    }

    @Test
    void model07_unknownFramingOrComplexity_isListed_strictModeCountsUnknownFramingAsModel() {
        Project unknownFraming = complexModel(m -> m).toBuilder()
                .goals(Fixtures.goals().toBuilder().framing(null).build()).build();
        Assessment a = assess(unknownFraming);
        assertThat(findings(a, "TEMPO-MODEL-07")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-MODEL-07")).containsExactly("goals.framing");
        assertThat(findings(assess(unknownFraming, STRICT, Fixtures.AS_OF), "TEMPO-MODEL-07")).hasSize(1);

        Project unknownComplexity = withModel(m -> m.complexity(null)).toBuilder()
                .goals(Fixtures.goals().toBuilder().why(null).build()).build();
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

    // MODEL-09

    @Test
    void complexModelInDevelopmentOrProductionWithoutValidation_raisesModel09() {
        for (Stage stage : List.of(Stage.DEVELOPMENT, Stage.PRODUCTION)) {
            Finding f = only(assess(complexModel(m -> m.stage(stage).validationPlanned(false))), "TEMPO-MODEL-09");
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.target()).isEqualTo("recommender");
            assertThat(f.evidence()).containsExactly("model recommender has complexity HIGH", "it is at stage " + stage,
                    "no extended testing and validation is planned (models[0].validationPlanned = false)");
        }
    }

    @Test
    void researchOrRetiredOrSimpleOrValidatedModel_doesNotRaiseModel09() {
        assertThat(findings(assess(complexModel(m -> m.stage(Stage.RESEARCH).validationPlanned(false))), "TEMPO-MODEL-09")).isEmpty();
        assertThat(findings(assess(complexModel(m -> m.stage(Stage.RETIRED).validationPlanned(false))), "TEMPO-MODEL-09")).isEmpty();
        assertThat(findings(assess(withModel(m -> m.validationPlanned(false))), "TEMPO-MODEL-09")).isEmpty();
        assertThat(findings(assess(complexModel(m -> m.validationPlanned(true))), "TEMPO-MODEL-09")).isEmpty();
    }

    @Test
    void model09_readsTheModelsValidation_notTheRegulationSection() {
        Project project = complexModel(m -> m.validationPlanned(false)).toBuilder()
                .regulation(new dev.tempo.model.Regulation(true, true, true, true)).build();
        assertThat(findings(assess(project), "TEMPO-MODEL-09")).hasSize(1);
    }

    @Test
    void unknownValidationOrStage_isListedForModel09_andFiresInStrictMode() {
        Assessment a = assess(complexModel(m -> m.validationPlanned(null).stage(null)));
        assertThat(findings(a, "TEMPO-MODEL-09")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-MODEL-09")).containsExactlyInAnyOrder("models[0].validationPlanned", "models[0].stage");
        assertThat(findings(assess(complexModel(m -> m.validationPlanned(null)), STRICT, Fixtures.AS_OF), "TEMPO-MODEL-09")).hasSize(1);
    }

    // MODEL-10

    private static Project experiment(java.time.LocalDate startedOn, Integer timeboxDays) {
        return complexModel(m -> m.stage(Stage.RESEARCH).experimentStartedOn(startedOn).experimentTimeboxDays(timeboxDays));
    }

    @Test
    void researchPastItsTimebox_raisesModel10_namingTheDaysOver() {
        Finding f = only(assess(experiment(Fixtures.AS_OF.minusDays(100), 60)), "TEMPO-MODEL-10");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.target()).isEqualTo("recommender");
        assertThat(f.evidence()).containsExactly("model recommender is still at stage RESEARCH",
                "its experiment started on 2026-08-19 (models[0].experimentStartedOn) with a timebox of 60 days, which ended on 2026-10-18",
                "40 days over its timebox on the assessment date 2026-11-27");
    }

    @Test
    void timeboxEndingOnTheAssessmentDate_isNotOverrun_theDayAfterIs() {
        assertThat(findings(assess(experiment(Fixtures.AS_OF.minusDays(60), 60)), "TEMPO-MODEL-10")).isEmpty();
        assertThat(findings(assess(experiment(Fixtures.AS_OF.minusDays(61), 60)), "TEMPO-MODEL-10")).hasSize(1);
    }

    @Test
    void withoutItsOwnStart_theExperimentStartsWithTheProject() {
        // the fixture's project started on 2026-01-05
        Finding f = only(assess(experiment(null, 60)), "TEMPO-MODEL-10");
        assertThat(f.evidence()).contains(
                "its experiment started on 2026-01-05 (project.startedOn) with a timebox of 60 days, which ended on 2026-03-06");
        Project noStart = experiment(null, 60).toBuilder()
                .name(null).industry(null).startedOn(null).build();
        Assessment unknown = assess(noStart, STRICT, Fixtures.AS_OF);
        assertThat(findings(unknown, "TEMPO-MODEL-10")).isEmpty();
        assertThat(unknownFields(unknown, "TEMPO-MODEL-10")).containsExactly("models[0].experimentStartedOn");
    }

    @Test
    void modelPastResearchOrWithoutTimebox_doesNotRaiseModel10() {
        assertThat(findings(assess(complexModel(m -> m.stage(Stage.DEVELOPMENT).experimentStartedOn(Fixtures.AS_OF.minusDays(400))
                .experimentTimeboxDays(30))), "TEMPO-MODEL-10")).isEmpty();
        assertThat(findings(assess(experiment(Fixtures.AS_OF.minusDays(400), null)), "TEMPO-MODEL-10")).isEmpty();
    }

    @Test
    void unknownStage_isListedForModel10_andFiresInStrictMode() {
        Project project = complexModel(m -> m.stage(null).experimentStartedOn(Fixtures.AS_OF.minusDays(100)).experimentTimeboxDays(30));
        Assessment a = assess(project);
        assertThat(findings(a, "TEMPO-MODEL-10")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-MODEL-10")).containsExactly("models[0].stage");
        assertThat(findings(assess(project, STRICT, Fixtures.AS_OF), "TEMPO-MODEL-10")).hasSize(1);
    }

    // MODEL-11

    @Test
    void productionModelOverBudget_raisesModel11AtMedium_onBothSidesOfTheBudget() {
        Finding f = only(assess(withModel(m -> m.monthlyCost(5200.0).monthlyBudget(5000.0))), "TEMPO-MODEL-11");
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.target()).isEqualTo("recommender");
        assertThat(f.evidence()).containsExactly(
                "model recommender costs 5200 per month (models[0].monthlyCost) > its budget of 5000 (models[0].monthlyBudget)");
        assertThat(findings(assess(withModel(m -> m.monthlyCost(5000.0).monthlyBudget(5000.0))), "TEMPO-MODEL-11")).isEmpty();
    }

    @Test
    void modelOverBudgetBeforeItDelivers_raisesModel11AtHigh() {
        for (Stage stage : List.of(Stage.RESEARCH, Stage.DEVELOPMENT)) {
            Finding f = only(assess(withModel(m -> m.stage(stage).monthlyCost(9000.0).monthlyBudget(5000.0))), "TEMPO-MODEL-11");
            assertThat(f.severity()).as(stage.name()).isEqualTo(Severity.HIGH);
            assertThat(f.evidence()).contains("it is still at stage " + stage + ": its costs rise before it delivers");
        }
    }

    @Test
    void costUnknowns_areListedOnlyWhenTheOtherHalfIsSet_andAnUnknownStageKeepsModel11Medium() {
        assertThat(unknownFields(assess(withModel(m -> m.monthlyCost(null))), "TEMPO-MODEL-11")).containsExactly("models[0].monthlyCost");
        assertThat(unknownFields(assess(withModel(m -> m.monthlyBudget(null))), "TEMPO-MODEL-11")).containsExactly("models[0].monthlyBudget");
        assertThat(unknownFields(assess(withModel(m -> m.monthlyBudget(null).monthlyCost(null))), "TEMPO-MODEL-11")).isEmpty();
        Project unknownStage = withModel(m -> m.stage(null).monthlyCost(9000.0).monthlyBudget(5000.0));
        Assessment a = assess(unknownStage);
        assertThat(only(a, "TEMPO-MODEL-11").severity()).isEqualTo(Severity.MEDIUM);
        assertThat(unknownFields(a, "TEMPO-MODEL-11")).containsExactly("models[0].stage");
        assertThat(only(assess(unknownStage, STRICT, Fixtures.AS_OF), "TEMPO-MODEL-11").severity()).isEqualTo(Severity.HIGH);
    }
}
