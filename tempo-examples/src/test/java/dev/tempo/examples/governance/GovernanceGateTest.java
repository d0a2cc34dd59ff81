package dev.tempo.examples.governance;

import static dev.tempo.testkit.TempoAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import dev.tempo.Assessment;
import dev.tempo.Severity;
import dev.tempo.Tempo;
import dev.tempo.engine.TempoEngine;
import dev.tempo.examples.acme.AcmePack;
import dev.tempo.examples.cli.Examples;
import dev.tempo.model.DataOps;
import dev.tempo.model.DataOpsMaturity;
import dev.tempo.model.Dataset;
import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Model;
import dev.tempo.model.Problem;
import dev.tempo.model.Project;
import dev.tempo.model.Waiver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A governance pipeline's unit test: the platform's model registry client is mocked, as a real
 * platform's would be, and its projects are gated with one shared engine.
 */
class GovernanceGateTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    private static final Tempo TEMPO = TempoEngine.create();

    private ModelRegistryClient registry;

    @BeforeEach
    void mockRegistry() {
        registry = mock(ModelRegistryClient.class);
    }

    /** A project described with the builders, as a platform adapter would map its registry metadata. */
    private static Project churnPrediction() {
        return Project.builder("churn-prediction")
                .dataOps(new DataOps(DataOpsMaturity.AD_HOC))
                .datasets(List.of(Dataset.builder("subscriptions").owner("billing").versioned(true).qualityChecks(true).build()))
                .models(List.of(Model.builder("churn-model").trainedOn(List.of("subscriptions")).build()))
                .build();
    }

    @Test
    void gate_blocksTheProjectsWithHighFindings_andPassesTheOthers() {
        when(registry.projects()).thenReturn(List.of(
                Examples.read("credit-scoring.yaml"), Examples.read("loan-default-after.yaml"), churnPrediction()));

        GateResult result = new GovernanceGate(TEMPO, Severity.HIGH).check(registry, AS_OF);

        assertThat(result.passed()).isFalse();
        assertThat(result.blocked()).extracting(Assessment::projectId).containsExactly("credit-scoring", "churn-prediction");
        assertThat(result.assessmentOf("credit-scoring"))
                .hasFinding("TEMPO-DATA-01").withSeverity(Severity.HIGH).onProject()
                .and().hasFinding("TEMPO-DATA-02").onTarget("loan-applications")
                .and().hasTempoScore(57);
        assertThat(result.assessmentOf("loan-default-after")).hasNoFindingAtOrAbove(Severity.LOW)
                .hasFinding("TEMPO-DELIVERY-06").withSeverity(Severity.INFO);
        assertThat(result.assessmentOf("churn-prediction")).hasFinding("TEMPO-DATA-01").withEvidenceContaining("AD_HOC");
        verify(registry).projects();
        verifyNoMoreInteractions(registry);
    }

    @Test
    void assertPassed_failsNamingEachBlockingProject_withItsReport() {
        when(registry.projects()).thenReturn(List.of(Examples.read("credit-scoring.yaml"), Examples.read("loan-default-after.yaml")));

        GateResult result = new GovernanceGate(TEMPO, Severity.HIGH).check(registry, AS_OF);

        assertThatThrownBy(result::assertPassed)
                .isExactlyInstanceOf(AssertionError.class)
                .hasMessageStartingWith("1 of 2 registered projects have findings at or above HIGH:\n"
                        + "  credit-scoring: TEMPO-DATA-01, TEMPO-DATA-02 [loan-applications], TEMPO-DATA-02 [repayment-history]\n")
                .hasMessageContaining("tempo assessment of credit-scoring as of 2026-11-27")
                .hasMessageNotContaining("tempo assessment of loan-default-after");
    }

    @Test
    void gate_passesWhenNothingReachesTheSeverity() {
        when(registry.projects()).thenReturn(List.of(Examples.read("ecommerce-recommender.yaml"), Examples.read("loan-default-after.yaml")));

        GateResult result = new GovernanceGate(TEMPO, Severity.HIGH).check(registry, AS_OF);

        result.assertPassed();
        assertThat(result.assessments()).hasSize(2);
        assertThatThrownBy(() -> new GovernanceGate(TEMPO, Severity.MEDIUM).check(registry, AS_OF).assertPassed())
                .hasMessageStartingWith("1 of 2 registered projects have findings at or above MEDIUM:\n"
                        + "  ecommerce-recommender: TEMPO-DATA-07 [clickstream]\n");
    }

    @Test
    void gate_withTheOrganisationPack_blocksOnItsRules() {
        Tempo acme = AcmePack.addTo(TempoEngine.builder()).build();
        when(registry.projects()).thenReturn(List.of(Examples.read("loan-default-after.yaml")));

        GateResult result = new GovernanceGate(acme, Severity.HIGH).check(registry, AS_OF);

        assertThat(result.blocked()).extracting(Assessment::projectId).containsExactly("loan-default-after");
        assertThat(result.assessmentOf("loan-default-after"))
                .hasFinding("ACME-01").withSeverity(Severity.HIGH).onTarget("default-warning");
    }

    @Test
    void gate_failsClosed_whenTheRegistryCannotBeRead() {
        when(registry.projects()).thenThrow(new UncheckedIOException(new IOException("registry.example.com: connection refused")));

        assertThatThrownBy(() -> new GovernanceGate(TEMPO, Severity.HIGH).check(registry, AS_OF))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("connection refused");
    }

    @Test
    void gate_reportsEveryWaiverOfAnUnloadedRule_namingTheProject_beforeAssessingAny() {
        Project waivesUnknownRule = Project.builder("fraud").waivers(List.of(
                new Waiver("ACME-01", "on-call rota starts in January", LocalDate.of(2027, 1, 31), null))).build();
        when(registry.projects()).thenReturn(List.of(Examples.read("credit-scoring.yaml"), waivesUnknownRule));

        assertThatThrownBy(() -> new GovernanceGate(TEMPO, Severity.HIGH).check(registry, AS_OF))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactly("registry project fraud: waivers[0].rule is \"ACME-01\", which is not a loaded rule;"
                                + " Tempo.rules() lists the loaded rules"));
    }

    @Test
    void emptyRegistry_passes() {
        when(registry.projects()).thenReturn(List.of());

        GateResult result = new GovernanceGate(TEMPO, Severity.HIGH).check(registry, AS_OF);

        assertThat(result.assessments()).isEmpty();
        result.assertPassed();
    }
}
