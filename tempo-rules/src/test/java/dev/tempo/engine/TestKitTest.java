package dev.tempo.engine;

import static dev.tempo.testkit.TempoAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tempo.Band;
import dev.tempo.Factor;
import dev.tempo.Policy;
import dev.tempo.RuleInfo;
import dev.tempo.Severity;
import dev.tempo.Tempo;
import dev.tempo.model.Dataset;
import dev.tempo.model.Project;
import dev.tempo.testing.Fixtures;
import dev.tempo.testing.RuleHarness;
import dev.tempo.testkit.RuleVerifier;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The test kit (dev.tempo.testkit, in tempo-core) against the real engine and the default pack. */
public class TestKitTest { // public: the flaky rule's DRL reads FLAKY_FIRINGS
    private static final RuleVerifier VERIFIER = RuleVerifier.of(RuleHarness.engine(), Fixtures.AS_OF);

    /** Counts the firings of the flaky rule below, across sessions. */
    public static final AtomicInteger FLAKY_FIRINGS = new AtomicInteger();

    private static Project withDataset(UnaryOperator<Dataset.Builder> change) {
        Dataset dataset = change.apply(Fixtures.dataset().toBuilder()).build();
        return Fixtures.wellRun().toBuilder().datasets(List.of(dataset)).build();
    }

    @Test
    void verifier_statesWhereADefaultRuleFires_andWhereItMustNot() {
        VERIFIER.verifyThat("TEMPO-DATA-02").given(withDataset(d -> d.qualityChecks(false)))
                .firesExactlyOn("orders").withSeverity(Severity.HIGH);
        VERIFIER.verifyThat("TEMPO-DATA-02").given(Fixtures.wellRun()).doesNotFire();
        VERIFIER.verifyThat("TEMPO-DATA-02").given(withDataset(d -> d.qualityChecks(null)))
                .doesNotFire().isUndecidedOn("datasets[0].qualityChecks");
    }

    @Test
    void verifier_checksAWholePack() {
        List<String> dataRules = RuleHarness.engine().rules().stream().map(RuleInfo::id).filter(id -> id.startsWith("TEMPO-DATA-")).toList();
        VERIFIER.verifyThatRules(dataRules).given(Fixtures.wellRun()).firesNothing();
        VERIFIER.verifyThatRules(dataRules).given(withDataset(d -> d.qualityChecks(false).versioned(false)))
                .firesExactly("TEMPO-DATA-02 [orders]", "TEMPO-DATA-06 [orders]", "TEMPO-DATA-09");
    }

    @Test
    void verifier_failsWithTheReportWhenTheRuleDoesSomethingElse() {
        assertThatThrownBy(() -> VERIFIER.verifyThat("TEMPO-DATA-02").given(withDataset(d -> d.qualityChecks(false))).doesNotFire())
                .isExactlyInstanceOf(AssertionError.class)
                .hasMessageContainingAll("Expected TEMPO-DATA-02 not to fire", "but it fired: TEMPO-DATA-02 HIGH on \"orders\"",
                        "tempo assessment of well-run as of 2026-11-27", "orders has no automated quality checks");
    }

    @Test
    void verifier_failsForARuleThatIsNotLoaded_orDisabled() {
        assertThatThrownBy(() -> VERIFIER.verifyThat("TEMPO-DATA-99"))
                .isExactlyInstanceOf(AssertionError.class)
                .hasMessageContainingAll("rule TEMPO-DATA-99 is not loaded", "TEMPO-DATA-01, TEMPO-DATA-02");
        Tempo disabling = RuleHarness.engine().withPolicy(Policy.builder().disabled(Set.of("TEMPO-DATA-02")).build());
        assertThatThrownBy(() -> RuleVerifier.of(disabling, Fixtures.AS_OF).verifyThat("TEMPO-DATA-02"))
                .hasMessageContaining("rule TEMPO-DATA-02 is disabled by the engine's policy");
    }

    @Test
    void verifier_catchesARuleThatChangesItsMindAfterTwentyRuns() {
        String drl = """
                package org.example.flaky;
                import dev.tempo.model.Dataset;
                import dev.tempo.engine.TestKitTest;
                global dev.tempo.engine.AssessmentScope tempo;
                rule "FLAKY-01"
                    @id("FLAKY-01") @factor("DATA") @severity("LOW") @title("Flaky")
                when
                    $d : Dataset()
                then
                    if (TestKitTest.FLAKY_FIRINGS.incrementAndGet() > 20) {
                        tempo.raise(kcontext, $d.name(), "the 21st firing");
                    }
                end
                """;
        Tempo flaky = TempoEngine.builder().addRules(new DrlSource("flaky.drl", drl)).build();
        FLAKY_FIRINGS.set(0);
        assertThatThrownBy(() -> RuleVerifier.of(flaky, Fixtures.AS_OF).verifyThat("FLAKY-01").given(Fixtures.wellRun()))
                .isExactlyInstanceOf(AssertionError.class)
                .hasMessageContainingAll("run 21 differs from the first", "FLAKY-01 [orders]");
    }

    @Test
    void assertions_readARealAssessment() {
        assertThat(RuleHarness.assess(withDataset(d -> d.qualityChecks(false))))
                .hasFinding("TEMPO-DATA-02").onTarget("orders").withSeverity(Severity.HIGH)
                .withEvidenceContaining("datasets[0].qualityChecks = false")
                .and().hasNoFinding("TEMPO-DATA-06").hasNoFindingAtOrAbove(Severity.CRITICAL)
                .hasFinding("TEMPO-DATA-09").onProject()
                .withSeverity(Severity.INFO)
                .and().hasFactorScore(Factor.DATA, 75);
        assertThat(RuleHarness.assess(Fixtures.wellRun())).hasNoFindings().hasTempoScore(100).hasBand(Band.FAST);
    }
}
