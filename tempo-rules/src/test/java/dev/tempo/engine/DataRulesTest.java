package dev.tempo.engine;

import static dev.tempo.testing.RuleHarness.assess;
import static dev.tempo.testing.RuleHarness.findings;
import static dev.tempo.testing.RuleHarness.unknownFields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.Assessment;
import dev.tempo.Finding;
import dev.tempo.Policy;
import dev.tempo.Severity;
import dev.tempo.model.Availability;
import dev.tempo.model.DataOps;
import dev.tempo.model.DataOpsMaturity;
import dev.tempo.model.Dataset;
import dev.tempo.model.Model;
import dev.tempo.model.Pipeline;
import dev.tempo.model.Project;
import dev.tempo.model.Role;
import dev.tempo.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class DataRulesTest {
    private static final Policy STRICT = Policy.builder().unknownAsFinding(true).build();

    private static Project withDataset(UnaryOperator<Dataset.Builder> change) {
        Dataset dataset = change.apply(Fixtures.dataset().toBuilder()).build();
        return Fixtures.wellRun().toBuilder().datasets(List.of(dataset)).build();
    }

    /** The fixture's dataset, changed, with no model trained on it. */
    private static Project untrainedDataset(UnaryOperator<Dataset.Builder> change) {
        Dataset dataset = change.apply(Fixtures.dataset().toBuilder()).build();
        Model model = Fixtures.model().toBuilder().trainedOn(List.of()).build();
        return Fixtures.wellRun().toBuilder().datasets(List.of(dataset)).models(List.of(model)).build();
    }

    private static Project withMaturity(DataOpsMaturity maturity) {
        return Fixtures.wellRun().toBuilder().dataOps(new DataOps(maturity)).build();
    }

    private static Finding only(Assessment assessment, String ruleId) {
        List<Finding> found = findings(assessment, ruleId);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void wellRunProject_raisesNoDataFinding() {
        Assessment a = assess(Fixtures.wellRun());
        assertThat(a.findings()).extracting(Finding::ruleId).noneMatch(id -> id.startsWith("TEMPO-DATA"));
        assertThat(a.unknowns()).isEmpty();
    }

    // DATA-01

    @Test
    void noneOrAdHocDataOps_raisesData01() {
        Finding f = only(assess(withMaturity(DataOpsMaturity.AD_HOC)), "TEMPO-DATA-01");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.target()).isNull();
        assertThat(f.evidence()).containsExactly("dataOps.maturity = AD_HOC");
        assertThat(only(assess(withMaturity(DataOpsMaturity.NONE)), "TEMPO-DATA-01")).satisfies(none -> {
            assertThat(none.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(none.evidence()).containsExactly("dataOps.maturity = NONE: no DataOps at all");
        });
    }

    @Test
    void definedDataOps_doesNotRaiseData01() {
        assertThat(findings(assess(withMaturity(DataOpsMaturity.DEFINED)), "TEMPO-DATA-01")).isEmpty();
        assertThat(findings(assess(withMaturity(DataOpsMaturity.OPTIMIZED)), "TEMPO-DATA-01")).isEmpty();
    }

    @Test
    void unknownMaturity_isListed_andInStrictModeRaisesData01() {
        Assessment a = assess(withMaturity(null));
        assertThat(findings(a, "TEMPO-DATA-01")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-DATA-01")).containsExactly("dataOps.maturity");
        Finding strict = only(assess(withMaturity(null), STRICT, Fixtures.AS_OF), "TEMPO-DATA-01");
        assertThat(strict.evidence()).containsExactly("dataOps.maturity is unknown; strict mode (unknownAsFinding) counts it as its worst value");
        assertThat(strict.severity()).isEqualTo(Severity.CRITICAL);
    }

    // DATA-02

    @Test
    void trainingDatasetWithoutQualityChecks_raisesData02() {
        Finding f = only(assess(withDataset(d -> d.qualityChecks(false))), "TEMPO-DATA-02");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.target()).isEqualTo("orders");
        assertThat(f.evidence()).containsExactly(
                "orders is used for training (usedForTraining = true; trained on by recommender)",
                "orders has no automated quality checks (datasets[0].qualityChecks = false)");
    }

    @Test
    void datasetNamedInTrainedOn_countsAsUsedForTraining_evenIfItsFlagIsFalse() {
        Finding f = only(assess(withDataset(d -> d.qualityChecks(false).usedForTraining(false))), "TEMPO-DATA-02");
        assertThat(f.evidence()).first().isEqualTo("orders is used for training (usedForTraining = false; trained on by recommender)");
        assertThat(only(assess(withDataset(d -> d.qualityChecks(false).usedForTraining(null))), "TEMPO-DATA-02").target())
                .isEqualTo("orders");
    }

    @Test
    void datasetNotUsedForTraining_doesNotRaiseData02() {
        Assessment a = assess(untrainedDataset(d -> d.qualityChecks(false).usedForTraining(false)));
        assertThat(findings(a, "TEMPO-DATA-02")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-DATA-02")).isEmpty();
        assertThat(findings(assess(untrainedDataset(d -> d.qualityChecks(false).usedForTraining(true))), "TEMPO-DATA-02"))
                .hasSize(1);
    }

    @Test
    void unknownQualityChecksOrTrainingUse_areListedForData02() {
        Assessment checks = assess(withDataset(d -> d.qualityChecks(null)));
        assertThat(findings(checks, "TEMPO-DATA-02")).isEmpty();
        assertThat(unknownFields(checks, "TEMPO-DATA-02")).containsExactly("datasets[0].qualityChecks");

        Assessment use = assess(untrainedDataset(d -> d.qualityChecks(false).usedForTraining(null)));
        assertThat(findings(use, "TEMPO-DATA-02")).isEmpty();
        assertThat(unknownFields(use, "TEMPO-DATA-02")).containsExactly("datasets[0].usedForTraining");

        Assessment both = assess(untrainedDataset(d -> d.qualityChecks(null).usedForTraining(null)));
        assertThat(unknownFields(both, "TEMPO-DATA-02"))
                .containsExactlyInAnyOrder("datasets[0].qualityChecks", "datasets[0].usedForTraining");
    }

    @Test
    void unknownTrainingUse_inStrictMode_raisesData02() {
        Assessment a = assess(untrainedDataset(d -> d.qualityChecks(false).usedForTraining(null)), STRICT, Fixtures.AS_OF);
        assertThat(only(a, "TEMPO-DATA-02").evidence()).containsExactly(
                "orders has no automated quality checks (datasets[0].qualityChecks = false)",
                "datasets[0].usedForTraining is unknown; strict mode (unknownAsFinding) counts it as its worst value");
        assertThat(a.unknowns()).isEmpty();
    }

    // DATA-03

    @Test
    void pendingOrUnavailableDataset_raisesData03AtHigh() {
        Finding f = only(assess(withDataset(d -> d.availability(Availability.PENDING_ACCESS))), "TEMPO-DATA-03");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.target()).isEqualTo("orders");
        assertThat(f.evidence()).containsExactly(
                "orders is PENDING_ACCESS (datasets[0].availability): the project cannot use it yet");
        assertThat(only(assess(withDataset(d -> d.availability(Availability.UNAVAILABLE))), "TEMPO-DATA-03").severity())
                .isEqualTo(Severity.HIGH);
    }

    @Test
    void restrictedDataset_raisesData03AtMedium() {
        Finding f = only(assess(withDataset(d -> d.availability(Availability.RESTRICTED))), "TEMPO-DATA-03");
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.evidence()).containsExactly(
                "orders is RESTRICTED (datasets[0].availability): usable only under restrictions");
    }

    @Test
    void severityOverride_winsOverData03sCaseSeverity() {
        Policy policy = Policy.builder().severities(Map.of("TEMPO-DATA-03", Severity.LOW)).build();
        assertThat(only(assess(withDataset(d -> d.availability(Availability.RESTRICTED)), policy, Fixtures.AS_OF),
                "TEMPO-DATA-03").severity()).isEqualTo(Severity.LOW);
    }

    @Test
    void unknownAvailability_isListed_andInStrictModeRaisesData03AtHigh() {
        Project project = withDataset(d -> d.availability(null));
        Assessment a = assess(project);
        assertThat(findings(a, "TEMPO-DATA-03")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-DATA-03")).containsExactly("datasets[0].availability");
        assertThat(only(assess(project, STRICT, Fixtures.AS_OF), "TEMPO-DATA-03").severity()).isEqualTo(Severity.HIGH);
    }

    // DATA-04

    @Test
    void staleDataset_raisesData04() {
        Finding f = only(assess(withDataset(d -> d.lastRefreshed(LocalDate.of(2026, 10, 1)).maxAgeDays(30))), "TEMPO-DATA-04");
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.target()).isEqualTo("orders");
        assertThat(f.evidence()).containsExactly("orders was last refreshed on 2026-10-01, 57 days before the assessment date"
                + " 2026-11-27 (> 30 days, its required freshness maxAgeDays)");
    }

    @Test
    void datasetExactlyAsOldAsAllowed_doesNotRaiseData04_oneDayMoreDoes() {
        assertThat(findings(assess(withDataset(d -> d.lastRefreshed(Fixtures.AS_OF.minusDays(7)).maxAgeDays(7))), "TEMPO-DATA-04"))
                .isEmpty();
        assertThat(findings(assess(withDataset(d -> d.lastRefreshed(Fixtures.AS_OF.minusDays(8)).maxAgeDays(7))), "TEMPO-DATA-04"))
                .hasSize(1);
    }

    @Test
    void staleness_isJudgedOnTheAssessmentDate() {
        Project project = withDataset(d -> d.lastRefreshed(LocalDate.of(2020, 1, 1)).maxAgeDays(10));
        assertThat(findings(assess(project, Policy.DEFAULTS, LocalDate.of(2020, 1, 11)), "TEMPO-DATA-04")).isEmpty();
        assertThat(findings(assess(project, Policy.DEFAULTS, LocalDate.of(2020, 1, 12)), "TEMPO-DATA-04")).hasSize(1);
    }

    @Test
    void unknownRefreshDateOrFreshness_isListedForData04() {
        Assessment a = assess(withDataset(d -> d.lastRefreshed(null)));
        assertThat(findings(a, "TEMPO-DATA-04")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-DATA-04")).containsExactly("datasets[0].lastRefreshed");
        Assessment strict = assess(withDataset(d -> d.maxAgeDays(null)), STRICT, Fixtures.AS_OF);
        assertThat(findings(strict, "TEMPO-DATA-04")).isEmpty();
        assertThat(unknownFields(strict, "TEMPO-DATA-04")).containsExactly("datasets[0].maxAgeDays");
    }

    // DATA-05

    @Test
    void tooFewRecords_raisesData05() {
        Finding f = only(assess(withDataset(d -> d.records(800_000L).recordsNeeded(2_000_000L))), "TEMPO-DATA-05");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.target()).isEqualTo("orders");
        assertThat(f.evidence()).containsExactly("orders has 800000 records, fewer than the 2000000 the project needs (40%)");
    }

    @Test
    void exactlyTheRecordsNeeded_doesNotRaiseData05() {
        assertThat(findings(assess(withDataset(d -> d.records(1_000L).recordsNeeded(1_000L))), "TEMPO-DATA-05")).isEmpty();
        assertThat(findings(assess(withDataset(d -> d.records(999L).recordsNeeded(1_000L))), "TEMPO-DATA-05")).hasSize(1);
    }

    @Test
    void unknownRecordCounts_areListedForData05() {
        Assessment a = assess(withDataset(d -> d.records(null).recordsNeeded(null)));
        assertThat(findings(a, "TEMPO-DATA-05")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-DATA-05")).containsExactlyInAnyOrder("datasets[0].records", "datasets[0].recordsNeeded");
    }

    // DATA-06

    @Test
    void unversionedTrainingDataset_raisesData06() {
        Finding f = only(assess(withDataset(d -> d.versioned(false))), "TEMPO-DATA-06");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.target()).isEqualTo("orders");
        assertThat(f.evidence()).containsExactly(
                "orders is used for training (usedForTraining = true; trained on by recommender)",
                "orders is not versioned (datasets[0].versioned = false)");
    }

    @Test
    void unversionedDatasetNotUsedForTraining_doesNotRaiseData06() {
        assertThat(findings(assess(untrainedDataset(d -> d.versioned(false).usedForTraining(false))), "TEMPO-DATA-06")).isEmpty();
    }

    @Test
    void unknownVersioning_isListed_andInStrictModeRaisesData06() {
        Project project = withDataset(d -> d.versioned(null));
        Assessment a = assess(project);
        assertThat(findings(a, "TEMPO-DATA-06")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-DATA-06")).containsExactly("datasets[0].versioned");
        assertThat(only(assess(project, STRICT, Fixtures.AS_OF), "TEMPO-DATA-06").evidence()).containsExactly(
                "orders is used for training (usedForTraining = true; trained on by recommender)",
                "datasets[0].versioned is unknown; strict mode (unknownAsFinding) counts it as its worst value");
        assertThat(unknownFields(assess(untrainedDataset(d -> d.versioned(false).usedForTraining(null))), "TEMPO-DATA-06"))
                .containsExactly("datasets[0].usedForTraining");
    }

    // DATA-07

    @Test
    void datasetWithoutOwner_raisesData07() {
        Finding f = only(assess(withDataset(d -> d.owner(null))), "TEMPO-DATA-07");
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.target()).isEqualTo("orders");
        assertThat(f.evidence()).containsExactly("orders has no owner (datasets[0].owner is not set)");
        assertThat(findings(assess(withDataset(d -> d.owner(" "))), "TEMPO-DATA-07")).hasSize(1);
        assertThat(unknownFields(assess(withDataset(d -> d.owner(null))), "TEMPO-DATA-07")).isEmpty();
    }

    // DATA-08

    @Test
    void manualPipeline_raisesData08() {
        Finding f = only(assess(withDataset(d -> d.pipeline(Pipeline.MANUAL))), "TEMPO-DATA-08");
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.target()).isEqualTo("orders");
        assertThat(f.evidence()).containsExactly("orders reaches the project only through a MANUAL pipeline (datasets[0].pipeline)");
    }

    @Test
    void unknownPipeline_isListed_andInStrictModeRaisesData08() {
        Project project = withDataset(d -> d.pipeline(null));
        assertThat(findings(assess(project), "TEMPO-DATA-08")).isEmpty();
        assertThat(unknownFields(assess(project), "TEMPO-DATA-08")).containsExactly("datasets[0].pipeline");
        assertThat(findings(assess(project, STRICT, Fixtures.AS_OF), "TEMPO-DATA-08")).hasSize(1);
    }

    @Test
    void datasetRules_raiseOneFindingPerDataset() {
        Dataset second = Fixtures.dataset().toBuilder().name("clicks").owner(null).build();
        Dataset first = Fixtures.dataset().toBuilder().owner(null).build();
        Project project = Fixtures.wellRun().toBuilder().datasets(List.of(first, second)).build();
        assertThat(findings(assess(project), "TEMPO-DATA-07")).extracting(Finding::target).containsExactly("clicks", "orders");
    }

    // DATA-09

    @Test
    void weakDataWithStrongTeamAndTools_raisesData09NamingTheDataFindings() {
        Project project = Fixtures.wellRun().toBuilder()
                .dataOps(new DataOps(DataOpsMaturity.AD_HOC))
                .datasets(List.of(Fixtures.dataset().toBuilder().name("loan-applications").qualityChecks(false).build()))
                .models(List.of(Fixtures.model().toBuilder().trainedOn(List.of("loan-applications")).build()))
                .build();
        Assessment a = assess(project);
        Finding f = only(a, "TEMPO-DATA-09");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.target()).isNull();
        assertThat(f.title()).isEqualTo("Weak data holds back a capable team and its tools");
        assertThat(f.evidence()).containsExactly(
                "data findings at HIGH or above: TEMPO-DATA-01 (HIGH), TEMPO-DATA-02 on loan-applications (HIGH)",
                "4 team member(s) and 2 tool(s) are declared, with no TEAM or TOOLING finding at HIGH or above");
        // an explanation: DATA loses only DATA-01 and DATA-02
        assertThat(a.scores().factors()).containsEntry(dev.tempo.Factor.DATA, 50);
    }

    @Test
    void weakDataWithoutDeclaredTeamOrTools_doesNotRaiseData09() {
        Project project = withMaturity(DataOpsMaturity.AD_HOC);
        assertThat(findings(assess(project), "TEMPO-DATA-09")).hasSize(1);
        assertThat(findings(assess(project.toBuilder().tools(List.of()).build()), "TEMPO-DATA-09")).isEmpty();
        assertThat(findings(assess(project.toBuilder().team(Fixtures.team().toBuilder().members(List.of()).build())
                .build()), "TEMPO-DATA-09")).isEmpty();
    }

    @Test
    void waivedDataFinding_isMarkedInData09sEvidence() {
        Project project = withMaturity(DataOpsMaturity.AD_HOC).toBuilder()
                .waivers(List.of(new dev.tempo.model.Waiver("TEMPO-DATA-01", "DataOps team being hired", Fixtures.AS_OF, null))).build();
        assertThat(only(assess(project), "TEMPO-DATA-09").evidence())
                .first().isEqualTo("data findings at HIGH or above: TEMPO-DATA-01 (HIGH, waived)");
    }

    // DATA-10

    @Test
    void unclearGoalsWithGoodData_raiseData10NamingTheGoalsFindings() {
        Project noWhy = Fixtures.wellRun().toBuilder()
                .goals(Fixtures.goals().toBuilder().why(null).successMetrics(List.of()).build()).build();
        Assessment a = assess(noWhy);
        Finding f = only(a, "TEMPO-DATA-10");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.target()).isNull();
        assertThat(f.evidence()).containsExactly("goals findings: TEMPO-GOALS-01 (CRITICAL), TEMPO-GOALS-06 (MEDIUM)",
                "1 dataset(s) declared and no DATA finding at HIGH or above: the data is not what holds the project back");
        assertThat(a.scores().factors()).containsEntry(dev.tempo.Factor.DATA, 100);
    }

    @Test
    void data10_needsDatasets_goodData_andAGoals01or06Finding() {
        Project noMetric = Fixtures.wellRun().toBuilder()
                .goals(Fixtures.goals().toBuilder().successMetrics(List.of()).build()).build();
        assertThat(findings(assess(noMetric), "TEMPO-DATA-10")).hasSize(1);
        assertThat(findings(assess(noMetric.toBuilder().datasets(List.of())
                .models(List.of(Fixtures.model().toBuilder().trainedOn(List.of()).build())).build()), "TEMPO-DATA-10")).isEmpty();
        assertThat(findings(assess(noMetric.toBuilder().dataOps(new DataOps(DataOpsMaturity.AD_HOC)).build()),
                "TEMPO-DATA-10")).isEmpty();
        Project noRisks = Fixtures.wellRun().toBuilder()
                .goals(Fixtures.goals().toBuilder().risks(List.of()).build()).build();
        assertThat(findings(assess(noRisks), "TEMPO-DATA-10")).isEmpty();
        assertThat(findings(assess(Fixtures.wellRun()), "TEMPO-DATA-10")).isEmpty();
    }

    @Test
    void onlyMediumDataFindings_doNotRaiseData09() {
        assertThat(findings(assess(withDataset(d -> d.owner(null).pipeline(Pipeline.MANUAL))), "TEMPO-DATA-09")).isEmpty();
        assertThat(findings(assess(Fixtures.wellRun()), "TEMPO-DATA-09")).isEmpty();
    }

    @Test
    void weakDataWithAHighTeamFinding_doesNotRaiseData09() {
        Project project = withMaturity(DataOpsMaturity.NONE).toBuilder()
                .team(Fixtures.team().toBuilder().responsibilitiesDefined(false).build())
                .build();
        Assessment a = assess(project);
        assertThat(findings(a, "TEMPO-TEAM-02")).hasSize(1);
        assertThat(findings(a, "TEMPO-DATA-01")).hasSize(1);
        assertThat(findings(a, "TEMPO-DATA-09")).isEmpty();
    }

    @Test
    void data09_readsSeveritiesAfterOverrides_andIgnoresDisablingAndWaivers() {
        Project project = withMaturity(DataOpsMaturity.NONE);
        Policy lowered = Policy.builder().severities(Map.of("TEMPO-DATA-01", Severity.MEDIUM)).build();
        assertThat(findings(assess(project, lowered, Fixtures.AS_OF), "TEMPO-DATA-09")).isEmpty();
        Policy disabled = Policy.builder().disabled(Set.of("TEMPO-DATA-01")).build();
        assertThat(findings(assess(project, disabled, Fixtures.AS_OF), "TEMPO-DATA-09")).singleElement()
                .extracting(Finding::evidence, InstanceOfAssertFactories.LIST)
                .contains("data findings at HIGH or above: TEMPO-DATA-01 (CRITICAL, disabled)");
        Policy teamRaised = Policy.builder().severities(Map.of("TEMPO-TEAM-01", Severity.HIGH)).build();
        Project noManager = project.toBuilder().team(Fixtures.team().toBuilder()
                .members(List.of(Fixtures.member("ana", Role.DATA_SCIENTIST, 6, "t", "a"),
                        Fixtures.member("ben", Role.ML_ENGINEER, 5, "t", "b"),
                        Fixtures.member("chloe", Role.DOMAIN_EXPERT, 10, "t", "c"))).build()).build();
        assertThat(findings(assess(noManager), "TEMPO-DATA-09")).hasSize(1);
        assertThat(findings(assess(noManager, teamRaised, Fixtures.AS_OF), "TEMPO-DATA-09")).isEmpty();
    }
}
