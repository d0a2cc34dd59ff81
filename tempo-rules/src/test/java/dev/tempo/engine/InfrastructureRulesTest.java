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
import dev.tempo.model.Infrastructure;
import dev.tempo.model.Model;
import dev.tempo.model.Project;
import dev.tempo.model.Stage;
import dev.tempo.testing.Fixtures;
import java.util.List;
import java.util.function.UnaryOperator;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class InfrastructureRulesTest {
    private static final Policy STRICT = Policy.builder().unknownAsFinding(true).build();

    private static Project withInfrastructure(UnaryOperator<Infrastructure.Builder> change) {
        Infrastructure infrastructure = change.apply(Fixtures.infrastructure().toBuilder()).build();
        return Fixtures.wellRun().toBuilder().infrastructure(infrastructure).build();
    }

    private static Project withStorage(Double capacity, Double used, Double growth) {
        return withInfrastructure(i -> i.storageCapacityTb(capacity).storageUsedTb(used).storageGrowthTbPerMonth(growth));
    }

    private static Model model(String name, Double gpuHours) {
        return Fixtures.model().toBuilder().name(name).trainingGpuHoursPerMonth(gpuHours).build();
    }

    private static Project withModels(Model... models) {
        return Fixtures.wellRun().toBuilder().models(List.of(models)).build();
    }

    private static Project withModel(UnaryOperator<Model.Builder> change) {
        return withModels(change.apply(Fixtures.model().toBuilder()).build());
    }

    private static List<String> evidence(Assessment assessment, String ruleId) {
        assertThat(findings(assessment, ruleId)).hasSize(1);
        return List.copyOf(findings(assessment, ruleId).get(0).evidence());
    }

    @Test
    void wellRunProject_raisesNoInfrastructureFinding() {
        Assessment a = assess(Fixtures.wellRun());
        assertThat(a.findings()).extracting(Finding::ruleId).noneMatch(id -> id.startsWith("TEMPO-INFRASTRUCTURE"));
        assertThat(a.unknowns()).isEmpty();
    }

    // INFRASTRUCTURE-01: compute

    @Test
    void trainingNeedsMoreGpuHoursThanAvailable_raisesInfrastructure01() {
        assertThat(findings(assess(withModels(model("recommender", 700.0), model("ranker", 500.0))), "TEMPO-INFRASTRUCTURE-01"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.HIGH);
                    assertThat(f.target()).isNull();
                    assertThat(f.evidence()).containsExactly("models need 1200 GPU hours/month (ranker 500, recommender 700)"
                            + " > 1000 available (infrastructure.computeAvailableGpuHoursPerMonth)");
                });
    }

    @Test
    void trainingExactlyUsingTheAvailableCompute_raisesNothing_whileTheNeedDoesNotGrow() {
        Project full = withModels(model("recommender", 500.0), model("ranker", 500.0)).toBuilder()
                .infrastructure(Fixtures.infrastructure().toBuilder().computeGrowthGpuHoursPerMonth(0.0).build()).build();
        Assessment a = assess(full);
        assertThat(findings(a, "TEMPO-INFRASTRUCTURE-01")).isEmpty();
        assertThat(a.unknowns()).isEmpty();
    }

    @Test
    void computeOutgrownWithinTheHorizon_raisesInfrastructure01AtMedium_onBothSidesOfIt() {
        // 1000 available, 200 needed: 800 left; growing 160/month runs out in 5 months, 100/month in 8
        Assessment soon = assess(withInfrastructure(i -> i.computeGrowthGpuHoursPerMonth(160.0)));
        assertThat(findings(soon, "TEMPO-INFRASTRUCTURE-01")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.evidence()).containsExactly(
                    "models need 200 GPU hours/month (recommender 200) of 1000 available (infrastructure.computeAvailableGpuHoursPerMonth)",
                    "the need grows 160 GPU hours/month: the compute runs out in 5 months (<= 6, the policy's computeHorizonMonths)");
        });
        // 600 left: growing 100/month runs out in exactly 6 months (fires), 99/month in 6.06 (does not)
        Project at600 = withModels(model("recommender", 400.0));
        assertThat(findings(assess(at600.toBuilder().infrastructure(Fixtures.infrastructure().toBuilder()
                .computeGrowthGpuHoursPerMonth(100.0).build()).build()), "TEMPO-INFRASTRUCTURE-01")).hasSize(1);
        assertThat(findings(assess(at600.toBuilder().infrastructure(Fixtures.infrastructure().toBuilder()
                .computeGrowthGpuHoursPerMonth(99.0).build()).build()), "TEMPO-INFRASTRUCTURE-01")).isEmpty();
        assertThat(findings(assess(withInfrastructure(i -> i.computeGrowthGpuHoursPerMonth(100.0))), "TEMPO-INFRASTRUCTURE-01")).isEmpty();
        Policy longer = Policy.builder().thresholds(Thresholds.builder().computeHorizonMonths(9.0).build()).build();
        assertThat(findings(assess(withInfrastructure(i -> i.computeGrowthGpuHoursPerMonth(100.0)), longer, Fixtures.AS_OF),
                "TEMPO-INFRASTRUCTURE-01")).singleElement().extracting(Finding::severity).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void unknownComputeGrowth_isListedOnlyWhenTheNeedFits() {
        assertThat(unknownFields(assess(withInfrastructure(i -> i.computeGrowthGpuHoursPerMonth(null))), "TEMPO-INFRASTRUCTURE-01"))
                .containsExactly("infrastructure.computeGrowthGpuHoursPerMonth");
        Assessment over = assess(withModels(model("recommender", 1500.0)).toBuilder()
                .infrastructure(Fixtures.infrastructure().toBuilder().computeGrowthGpuHoursPerMonth(null).build()).build());
        assertThat(findings(over, "TEMPO-INFRASTRUCTURE-01")).singleElement().extracting(Finding::severity).isEqualTo(Severity.HIGH);
        assertThat(unknownFields(over, "TEMPO-INFRASTRUCTURE-01")).isEmpty();
    }

    @Test
    void retiredModels_needNoTrainingCompute() {
        Model retired = model("old-ranker", 5000.0).toBuilder().stage(dev.tempo.model.Stage.RETIRED).build();
        assertThat(findings(assess(withModels(model("recommender", 200.0), retired)), "TEMPO-INFRASTRUCTURE-01")).isEmpty();
        Model active = retired.toBuilder().stage(dev.tempo.model.Stage.DEVELOPMENT).build();
        assertThat(findings(assess(withModels(model("recommender", 200.0), active)), "TEMPO-INFRASTRUCTURE-01")).hasSize(1);
    }

    // INFRASTRUCTURE-08

    @Test
    void latencyOverBudget_raisesInfrastructure08PerModel_onBothSidesOfIt() {
        Assessment slow = assess(withModel(m -> m.latencyBudgetMs(200.0).p95LatencyMs(250.0)));
        assertThat(findings(slow, "TEMPO-INFRASTRUCTURE-08")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.target()).isEqualTo("recommender");
            assertThat(f.evidence()).containsExactly("model recommender serves its predictions in 250 ms at the 95th percentile"
                    + " (models[0].p95LatencyMs) > its budget of 200 ms (models[0].latencyBudgetMs)");
        });
        assertThat(findings(assess(withModel(m -> m.latencyBudgetMs(200.0).p95LatencyMs(200.0))), "TEMPO-INFRASTRUCTURE-08")).isEmpty();
        assertThat(findings(assess(withModel(m -> m.latencyBudgetMs(200.0).p95LatencyMs(200.5))), "TEMPO-INFRASTRUCTURE-08")).hasSize(1);
    }

    @Test
    void latencyUnknowns_areListedOnlyWhenTheOtherHalfIsSet() {
        assertThat(unknownFields(assess(withModel(m -> m.p95LatencyMs(null))), "TEMPO-INFRASTRUCTURE-08"))
                .containsExactly("models[0].p95LatencyMs");
        assertThat(unknownFields(assess(withModel(m -> m.latencyBudgetMs(null))), "TEMPO-INFRASTRUCTURE-08"))
                .containsExactly("models[0].latencyBudgetMs");
        Assessment neither = assess(withModel(m -> m.latencyBudgetMs(null).p95LatencyMs(null)));
        assertThat(unknownFields(neither, "TEMPO-INFRASTRUCTURE-08")).isEmpty();
        assertThat(findings(neither, "TEMPO-INFRASTRUCTURE-08")).isEmpty();
        assertThat(findings(assess(withModel(m -> m.p95LatencyMs(null)), STRICT, Fixtures.AS_OF), "TEMPO-INFRASTRUCTURE-08")).isEmpty();
    }

    @Test
    void knownHoursAlreadyAboveAvailable_raisesInfrastructure01_evenWithUnknownHours() {
        Assessment a = assess(withModels(model("recommender", 1200.0), model("ranker", null)));
        assertThat(evidence(a, "TEMPO-INFRASTRUCTURE-01")).containsExactly("models need at least 1200 GPU hours/month"
                + " (recommender 1200) > 1000 available (infrastructure.computeAvailableGpuHoursPerMonth)");
        assertThat(unknownFields(a, "TEMPO-INFRASTRUCTURE-01")).isEmpty();
    }

    @Test
    void unknownModelHoursBelowAvailable_areListedAsUnknown() {
        Assessment a = assess(withModels(model("recommender", 600.0), model("ranker", null)));
        assertThat(findings(a, "TEMPO-INFRASTRUCTURE-01")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-INFRASTRUCTURE-01")).containsExactly("models[1].trainingGpuHoursPerMonth");
    }

    @Test
    void unknownAvailableCompute_isListedAsUnknown_evenInStrictMode() {
        Project project = withInfrastructure(i -> i.computeAvailableGpuHoursPerMonth(null));
        assertThat(findings(assess(project), "TEMPO-INFRASTRUCTURE-01")).isEmpty();
        assertThat(unknownFields(assess(project), "TEMPO-INFRASTRUCTURE-01"))
                .containsExactly("infrastructure.computeAvailableGpuHoursPerMonth");
        Assessment strict = assess(project, STRICT, Fixtures.AS_OF);
        assertThat(findings(strict, "TEMPO-INFRASTRUCTURE-01")).isEmpty();
        assertThat(unknownFields(strict, "TEMPO-INFRASTRUCTURE-01")).containsExactly("infrastructure.computeAvailableGpuHoursPerMonth");
    }

    @Test
    void noModels_needNoCompute_soUnknownAvailableComputeIsNotListed() {
        Project project = withInfrastructure(i -> i.computeAvailableGpuHoursPerMonth(null)).toBuilder()
                .models(List.of()).history(List.of()).build();
        Assessment a = assess(project);
        assertThat(findings(a, "TEMPO-INFRASTRUCTURE-01")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-INFRASTRUCTURE-01")).isEmpty();
    }

    // INFRASTRUCTURE-02: storage

    @Test
    void storageNearlyFullAndFillingWithinTheShortHorizon_raisesInfrastructure02AtHigh() {
        assertThat(findings(assess(withStorage(100.0, 92.0, 4.0)), "TEMPO-INFRASTRUCTURE-02"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.HIGH);
                    assertThat(f.target()).isNull();
                    assertThat(f.evidence()).containsExactly("storage 92 TB of 100 TB used (92% > 80%, the policy's storageUsedMaxRatio);"
                            + " growing 4 TB/month: full in 2 months (<= 3, the policy's storageHighHorizonMonths)");
                });
    }

    @Test
    void storageAboveTheRatioButNotGrowing_raisesInfrastructure02AtMedium() {
        assertThat(findings(assess(withStorage(100.0, 85.0, 0.0)), "TEMPO-INFRASTRUCTURE-02"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                    assertThat(f.evidence()).containsExactly(
                            "storage 85 TB of 100 TB used (85% > 80%, the policy's storageUsedMaxRatio); not growing (0 TB/month)");
                });
    }

    @Test
    void storageRatio_raisesInfrastructure02OnlyAboveThePolicy() {
        assertThat(findings(assess(withStorage(100.0, 80.0, 0.0)), "TEMPO-INFRASTRUCTURE-02")).isEmpty();
        assertThat(findings(assess(withStorage(100.0, 81.0, 0.0)), "TEMPO-INFRASTRUCTURE-02")).hasSize(1);
        Policy looser = Policy.builder().thresholds(Thresholds.builder().storageUsedMaxRatio(0.9).build()).build();
        assertThat(findings(assess(withStorage(100.0, 81.0, 0.0), looser, Fixtures.AS_OF), "TEMPO-INFRASTRUCTURE-02")).isEmpty();
    }

    @Test
    void storageFullWithinTheHorizon_raisesInfrastructure02_onBothSidesOfBothHorizons() {
        // growing 10 TB/month: 50 TB free fills in 5 months (MEDIUM), 60 in 6 (at the horizon: MEDIUM),
        // 30 in 3 (at the short horizon: HIGH), 40 in 4 (MEDIUM); at 8 TB/month, 50 TB free last 6.25 months (none)
        assertThat(findings(assess(withStorage(100.0, 50.0, 10.0)), "TEMPO-INFRASTRUCTURE-02"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                    assertThat(f.evidence()).containsExactly("storage 50 TB of 100 TB used (50% <= 80%, the policy's storageUsedMaxRatio);"
                            + " growing 10 TB/month: full in 5 months (<= 6, the policy's storageHorizonMonths)");
                });
        assertThat(findings(assess(withStorage(100.0, 50.0, 8.0)), "TEMPO-INFRASTRUCTURE-02")).isEmpty();
        assertThat(findings(assess(withStorage(100.0, 40.0, 10.0)), "TEMPO-INFRASTRUCTURE-02")).hasSize(1);
        assertThat(findings(assess(withStorage(100.0, 70.0, 10.0)), "TEMPO-INFRASTRUCTURE-02"))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.HIGH);
        assertThat(findings(assess(withStorage(100.0, 60.0, 10.0)), "TEMPO-INFRASTRUCTURE-02"))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void storageHorizons_comeFromThePolicy() {
        Policy longer = Policy.builder().thresholds(Thresholds.builder().storageHorizonMonths(12.0).storageHighHorizonMonths(6.0).build()).build();
        assertThat(findings(assess(withStorage(100.0, 50.0, 8.0), longer, Fixtures.AS_OF), "TEMPO-INFRASTRUCTURE-02"))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.MEDIUM);
        assertThat(findings(assess(withStorage(100.0, 50.0, 10.0), longer, Fixtures.AS_OF), "TEMPO-INFRASTRUCTURE-02"))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.HIGH);
    }

    @Test
    void storageUsedBeyondCapacity_isAlreadyFull_raisesInfrastructure02AtHigh() {
        assertThat(findings(assess(withStorage(100.0, 120.0, null)), "TEMPO-INFRASTRUCTURE-02"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.HIGH);
                    assertThat(f.evidence()).containsExactly("storage 120 TB of 100 TB used: already full");
                });
        assertThat(unknownFields(assess(withStorage(100.0, 120.0, null)), "TEMPO-INFRASTRUCTURE-02")).isEmpty();
    }

    @Test
    void unknownStorageCapacityOrUse_isListedAsUnknown() {
        Assessment a = assess(withStorage(null, null, 4.0));
        assertThat(findings(a, "TEMPO-INFRASTRUCTURE-02")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-INFRASTRUCTURE-02"))
                .containsExactly("infrastructure.storageCapacityTb", "infrastructure.storageUsedTb");
    }

    @Test
    void unknownGrowth_isListed_andTheRatioAloneStillRaisesInfrastructure02() {
        Assessment within = assess(withStorage(100.0, 40.0, null));
        assertThat(findings(within, "TEMPO-INFRASTRUCTURE-02")).isEmpty();
        assertThat(unknownFields(within, "TEMPO-INFRASTRUCTURE-02")).containsExactly("infrastructure.storageGrowthTbPerMonth");

        Assessment above = assess(withStorage(100.0, 90.0, null));
        assertThat(findings(above, "TEMPO-INFRASTRUCTURE-02")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.evidence()).containsExactly(
                    "storage 90 TB of 100 TB used (90% > 80%, the policy's storageUsedMaxRatio); growth unknown");
        });
        assertThat(unknownFields(above, "TEMPO-INFRASTRUCTURE-02")).containsExactly("infrastructure.storageGrowthTbPerMonth");
    }

    // INFRASTRUCTURE-03..06: flags

    @Test
    void unreliableNetwork_raisesInfrastructure03_unknownIsListed_strictModeRaises() {
        assertFlagRule("TEMPO-INFRASTRUCTURE-03", Severity.MEDIUM, "infrastructure.networkReliable",
                withInfrastructure(i -> i.networkReliable(false)), withInfrastructure(i -> i.networkReliable(null)));
    }

    @Test
    void noAutomatedDataPipeline_raisesInfrastructure04_unknownIsListed_strictModeRaises() {
        assertFlagRule("TEMPO-INFRASTRUCTURE-04", Severity.HIGH, "infrastructure.automatedDataPipelines",
                withInfrastructure(i -> i.automatedDataPipelines(false)), withInfrastructure(i -> i.automatedDataPipelines(null)));
    }

    @Test
    void noExperimentTracking_raisesInfrastructure05_unknownIsListed_strictModeRaises() {
        assertFlagRule("TEMPO-INFRASTRUCTURE-05", Severity.MEDIUM, "infrastructure.experimentTracking",
                withInfrastructure(i -> i.experimentTracking(false)), withInfrastructure(i -> i.experimentTracking(null)));
    }

    @Test
    void noModelRegistry_raisesInfrastructure06_unknownIsListed_strictModeRaises() {
        assertFlagRule("TEMPO-INFRASTRUCTURE-06", Severity.MEDIUM, "infrastructure.modelRegistry",
                withInfrastructure(i -> i.modelRegistry(false)), withInfrastructure(i -> i.modelRegistry(null)));
    }

    private static void assertFlagRule(String ruleId, Severity severity, String field, Project whenFalse, Project whenUnknown) {
        assertThat(findings(assess(whenFalse), ruleId)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(severity);
            assertThat(f.target()).isNull();
            assertThat(f.evidence()).containsExactly(field + " = false");
        });
        Assessment unknown = assess(whenUnknown);
        assertThat(findings(unknown, ruleId)).isEmpty();
        assertThat(unknownFields(unknown, ruleId)).containsExactly(field);
        Assessment strict = assess(whenUnknown, STRICT, Fixtures.AS_OF);
        assertThat(findings(strict, ruleId)).singleElement().extracting(Finding::evidence, InstanceOfAssertFactories.LIST)
                .containsExactly(field + " is unknown; strict mode (unknownAsFinding) counts it as its worst value");
        assertThat(strict.unknowns()).isEmpty();
    }

    // INFRASTRUCTURE-07: production models without monitoring

    @Test
    void productionModelWithoutMonitoring_raisesInfrastructure07OnThatModel() {
        Model unmonitored = Fixtures.model().toBuilder().name("ranker").monitored(false).build();
        Project project = withModels(Fixtures.model(), unmonitored);
        assertThat(findings(assess(project), "TEMPO-INFRASTRUCTURE-07")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.target()).isEqualTo("ranker");
            assertThat(f.evidence()).containsExactly("ranker is in PRODUCTION and monitored = false");
        });
    }

    @Test
    void unmonitoredModelNotInProduction_raisesNothing() {
        Assessment a = assess(withModel(m -> m.stage(Stage.DEVELOPMENT).monitored(false)));
        assertThat(findings(a, "TEMPO-INFRASTRUCTURE-07")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-INFRASTRUCTURE-07")).isEmpty();
    }

    @Test
    void unknownMonitoringOrStage_isListedAsUnknown_strictModeRaisesInfrastructure07() {
        Assessment monitoring = assess(withModel(m -> m.monitored(null)));
        assertThat(findings(monitoring, "TEMPO-INFRASTRUCTURE-07")).isEmpty();
        assertThat(unknownFields(monitoring, "TEMPO-INFRASTRUCTURE-07")).containsExactly("models[0].monitored");

        Assessment stage = assess(withModel(m -> m.stage(null).monitored(false)));
        assertThat(findings(stage, "TEMPO-INFRASTRUCTURE-07")).isEmpty();
        assertThat(unknownFields(stage, "TEMPO-INFRASTRUCTURE-07")).containsExactly("models[0].stage");

        assertThat(unknownFields(assess(withModel(m -> m.stage(null).monitored(true))), "TEMPO-INFRASTRUCTURE-07")).isEmpty();

        Assessment strict = assess(withModel(m -> m.monitored(null)), STRICT, Fixtures.AS_OF);
        assertThat(findings(strict, "TEMPO-INFRASTRUCTURE-07")).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("recommender");
            assertThat(f.evidence()).containsExactly(
                    "models[0].monitored is unknown; strict mode (unknownAsFinding) counts it as its worst value");
        });
    }
}
