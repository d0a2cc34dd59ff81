package dev.tempo.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.AssessmentScope;
import dev.tempo.engine.Grounds;
import dev.tempo.engine.TestScopes;
import dev.tempo.model.Infrastructure;
import dev.tempo.model.Model;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InfrastructureFactsTest {
    private static final List<Model> MODELS = List.of(
            Model.builder("recommender").trainingGpuHoursPerMonth(700.5).build(),
            Model.builder("unknown").build(),
            Model.builder("ranker").trainingGpuHoursPerMonth(300.0).build());

    @Test
    void gpuHours_sumTheKnownHours_andNameTheModelsWithUnknownHours() {
        assertThat(InfrastructureFacts.knownGpuHours(MODELS)).isEqualTo(1000.5);
        assertThat(InfrastructureFacts.withUnknownGpuHours(MODELS)).extracting(Model::name).containsExactly("unknown");
        assertThat(InfrastructureFacts.gpuHoursByModel(MODELS)).isEqualTo("ranker 300, recommender 700.5");
        assertThat(InfrastructureFacts.knownGpuHours(List.of())).isZero();
    }

    private static Infrastructure compute(Double available, Double growth) {
        return Infrastructure.builder().computeAvailableGpuHoursPerMonth(available).computeGrowthGpuHoursPerMonth(growth).build();
    }

    private static AssessmentScope scope(Infrastructure infrastructure, List<Model> models) {
        Map<Object, String> paths = new IdentityHashMap<>();
        paths.put(infrastructure, "infrastructure");
        for (int i = 0; i < models.size(); i++) {
            paths.put(models.get(i), "models[" + i + "]");
        }
        return TestScopes.withPaths(paths);
    }

    private static Grounds shortfall(Infrastructure infrastructure, List<Model> models) {
        return InfrastructureFacts.computeShortfall(scope(infrastructure, models), infrastructure, models);
    }

    private static Grounds runsOut(Infrastructure infrastructure, List<Model> models, double horizon) {
        return InfrastructureFacts.computeRunsOut(scope(infrastructure, models), infrastructure, models, horizon);
    }

    @Test
    void computeShortfall_holdsOnTheKnownHoursAlone_whateverTheUnknownOnes() {
        Grounds grounds = shortfall(compute(900.0, null), MODELS);
        assertThat(grounds.holds()).isTrue();
        assertThat(grounds.evidence()).containsExactly("models need at least 1000.5 GPU hours/month (ranker 300, recommender 700.5)"
                + " > 900 available (infrastructure.computeAvailableGpuHoursPerMonth)");
    }

    @Test
    void computeShortfall_namesTheUnknownHours_andTheAvailableComputeWhenItIsUnknown() {
        Grounds fits = shortfall(compute(2000.0, 10.0), MODELS);
        assertThat(fits.holds()).isFalse();
        assertThat(fits.evidence()).isEmpty();
        assertThat(fits.unknownValues()).containsExactly("models[1].trainingGpuHoursPerMonth");

        Grounds unknownCompute = shortfall(compute(null, 10.0), MODELS);
        assertThat(unknownCompute.unknownValues())
                .containsExactly("models[1].trainingGpuHoursPerMonth", "infrastructure.computeAvailableGpuHoursPerMonth");
        assertThat(unknownCompute.unknownFlags()).isEmpty();
    }

    @Test
    void computeShortfall_doesNotHold_whenTheKnownNeedFits_orNothingIsNeeded() {
        List<Model> known = List.of(Model.builder("ranker").trainingGpuHoursPerMonth(300.0).build());
        assertThat(shortfall(compute(300.0, null), known).mayHold()).isFalse();
        List<Model> idle = List.of(Model.builder("ranker").trainingGpuHoursPerMonth(0.0).build());
        assertThat(shortfall(compute(null, null), idle).mayHold()).isFalse();
    }

    @Test
    void computeRunsOut_withinTheHorizon_saysAtMostWhenSomeHoursAreUnknown() {
        Grounds grounds = runsOut(compute(1100.5, 50.0), MODELS, 6);
        assertThat(grounds.holds()).isTrue();
        assertThat(grounds.evidence()).containsExactly(
                "models need at least 1000.5 GPU hours/month (ranker 300, recommender 700.5) of 1100.5 available"
                        + " (infrastructure.computeAvailableGpuHoursPerMonth)",
                "the need grows 50 GPU hours/month: the compute runs out in at most 2 months (<= 6, the policy's computeHorizonMonths)");
        List<Model> known = List.of(Model.builder("ranker").trainingGpuHoursPerMonth(300.0).build());
        assertThat(runsOut(compute(600.0, 50.0), known, 6).evidence()).last().isEqualTo(
                "the need grows 50 GPU hours/month: the compute runs out in 6 months (<= 6, the policy's computeHorizonMonths)");
    }

    @Test
    void computeRunsOut_isJudgedOnlyWhenTheNeedFits_andNamesAnUnknownGrowth() {
        assertThat(runsOut(compute(2000.0, 50.0), MODELS, 6).mayHold()).isFalse();
        assertThat(runsOut(compute(2000.0, 0.0), MODELS, 6).mayHold()).isFalse();
        assertThat(runsOut(compute(900.0, 50.0), MODELS, 6).mayHold()).isFalse();
        assertThat(runsOut(compute(null, null), MODELS, 6).mayHold()).isFalse();
        Grounds unknownGrowth = runsOut(compute(2000.0, null), MODELS, 6);
        assertThat(unknownGrowth.evidence()).isEmpty();
        assertThat(unknownGrowth.unknownValues()).containsExactly("infrastructure.computeGrowthGpuHoursPerMonth");
    }

    @Test
    void storageRunsShort_aboveTheRatio_orFullWithinTheHorizon_andNotWhenUnknown() {
        assertThat(InfrastructureFacts.storageRunsShort(100.0, 85.0, null, 0.8, 6)).isTrue();
        assertThat(InfrastructureFacts.storageRunsShort(100.0, 50.0, 10.0, 0.8, 6)).isTrue();
        assertThat(InfrastructureFacts.storageRunsShort(100.0, 50.0, 5.0, 0.8, 6)).isFalse();
        assertThat(InfrastructureFacts.storageRunsShort(100.0, 100.0, null, 1.0, 6)).isTrue();
        assertThat(InfrastructureFacts.storageRunsShort(null, 50.0, 10.0, 0.8, 6)).isFalse();
        assertThat(InfrastructureFacts.storageRunsShort(100.0, null, 10.0, 0.8, 6)).isFalse();
    }

    @Test
    void monthsUntilFull_isZeroWhenFull_andNullWhenNotGrowingOrUnknown() {
        assertThat(InfrastructureFacts.monthsUntilFull(100.0, 92.0, 4.0)).isEqualTo(2.0);
        assertThat(InfrastructureFacts.monthsUntilFull(100.0, 100.0, null)).isZero();
        assertThat(InfrastructureFacts.monthsUntilFull(100.0, 120.0, -1.0)).isZero();
        assertThat(InfrastructureFacts.monthsUntilFull(100.0, 50.0, 0.0)).isNull();
        assertThat(InfrastructureFacts.monthsUntilFull(100.0, 50.0, -2.0)).isNull();
        assertThat(InfrastructureFacts.monthsUntilFull(100.0, 50.0, null)).isNull();
        assertThat(InfrastructureFacts.monthsUntilFull(null, 50.0, 1.0)).isNull();
        assertThat(InfrastructureFacts.monthsUntilFull(100.0, null, 1.0)).isNull();
    }

    @Test
    void storageEvidence_namesTheNumbersAndTheThresholdThatDecided() {
        assertThat(InfrastructureFacts.storageEvidence(100, 92, 4.0, 0.8, 6, 3)).isEqualTo(
                "storage 92 TB of 100 TB used (92% > 80%, the policy's storageUsedMaxRatio);"
                        + " growing 4 TB/month: full in 2 months (<= 3, the policy's storageHighHorizonMonths)");
        assertThat(InfrastructureFacts.storageEvidence(100, 50, 3.0, 0.8, 6, 3)).isEqualTo(
                "storage 50 TB of 100 TB used (50% <= 80%, the policy's storageUsedMaxRatio);"
                        + " growing 3 TB/month: full in 16.67 months (> 6, the policy's storageHorizonMonths)");
        assertThat(InfrastructureFacts.storageEvidence(100, 85, -1.5, 0.8, 6, 3)).isEqualTo(
                "storage 85 TB of 100 TB used (85% > 80%, the policy's storageUsedMaxRatio); not growing (-1.5 TB/month)");
        assertThat(InfrastructureFacts.storageEvidence(0, 0, 1.0, 0.8, 6, 3)).isEqualTo("storage 0 TB of 0 TB used: already full");
    }
}
