package dev.tempo.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.model.Model;
import java.util.List;
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
