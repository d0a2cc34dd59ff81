package dev.tempo.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tempo.Assessment;
import dev.tempo.Factor;
import dev.tempo.Policy;
import dev.tempo.RuleInfo;
import dev.tempo.Severity;
import dev.tempo.Tempo;
import dev.tempo.model.Project;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The verifier against a hand-made {@link Tempo} whose n-th assessment is scripted; the verifier
 * against the real engine is tested in tempo-rules.
 */
class RuleVerifierTest {
    private static final Project PROJECT = Project.builder("credit").build();

    /** A Tempo with the rules of the sample assessment loaded, returning the scripted assessment of each run (1, 2, ...). */
    private record ScriptedTempo(IntFunction<Assessment> runs, AtomicInteger count, Policy policy) implements Tempo {
        ScriptedTempo(IntFunction<Assessment> runs) {
            this(runs, new AtomicInteger(), Policy.DEFAULTS);
        }

        @Override
        public Assessment assess(Project project, LocalDate asOf, java.util.Collection<?> facts) {
            assertThat(asOf).isEqualTo(Assessments.AS_OF);
            return runs.apply(count.incrementAndGet());
        }

        @Override
        public void check(Project project) {}

        @Override
        public List<RuleInfo> rules() {
            return List.of("TEMPO-DATA-01", "TEMPO-DATA-02", "TEMPO-DATA-06", "TEMPO-DATA-07", "TEMPO-TOOLING-06").stream()
                    .map(id -> new RuleInfo(id, Factor.DATA, Severity.HIGH, "title", "", "", "", List.of())).toList();
        }

        @Override
        public Tempo withPolicy(Policy other) {
            return new ScriptedTempo(runs, count, other);
        }
    }

    private static RuleVerifier sampleVerifier() {
        return RuleVerifier.of(new ScriptedTempo(run -> Assessments.sample()), Assessments.AS_OF);
    }

    @Test
    void given_assessesMoreThanTwentyTimes() {
        ScriptedTempo tempo = new ScriptedTempo(run -> Assessments.sample());
        RuleVerifier.of(tempo, Assessments.AS_OF).verifyThat("TEMPO-DATA-01").given(PROJECT);
        assertThat(tempo.count()).hasValue(RuleVerifier.RUNS);
        assertThat(RuleVerifier.RUNS).isGreaterThan(20);
    }

    @Test
    void given_failsWhenALateRunDiffers() {
        RuleVerifier verifier = RuleVerifier.of(new ScriptedTempo(run -> run < 21 ? Assessments.sample() : Assessments.clean()),
                Assessments.AS_OF);
        assertThatThrownBy(() -> verifier.verifyThat("TEMPO-DATA-01").given(PROJECT))
                .isExactlyInstanceOf(AssertionError.class)
                .hasMessageContainingAll("Expected every one of 25 assessments of project credit to be the same",
                        "run 21 differs from the first", "run 21:\ntempo assessment of clean", "first run:\ntempo assessment of credit");
    }

    @Test
    void verifyThat_failsForARuleThatIsNotLoaded_listingTheLoadedOnes() {
        assertThatThrownBy(() -> sampleVerifier().verifyThat("ACME-01"))
                .isExactlyInstanceOf(AssertionError.class)
                .hasMessageContainingAll("rule ACME-01 is not loaded", "the loaded rules are: TEMPO-DATA-01, TEMPO-DATA-02");
        assertThatThrownBy(() -> sampleVerifier().verifyThatRules("TEMPO-DATA-01", "ACME-01", "ACME-02"))
                .hasMessageContainingAll("rule ACME-01 is not loaded\nrule ACME-02 is not loaded");
    }

    @Test
    void verifyThat_failsForARuleThePolicyDisables() {
        Tempo tempo = new ScriptedTempo(run -> Assessments.sample())
                .withPolicy(Policy.builder().disabled(Set.of("TEMPO-DATA-02")).build());
        assertThatThrownBy(() -> RuleVerifier.of(tempo, Assessments.AS_OF).verifyThat("TEMPO-DATA-02"))
                .isExactlyInstanceOf(AssertionError.class)
                .hasMessageContaining("rule TEMPO-DATA-02 is disabled by the engine's policy, so it can never fire");
    }

    @Test
    void ruleOutcome_passesWhenTheRuleDidExactlyThat() {
        assertThatCode(() -> {
            RuleVerifier verifier = sampleVerifier();
            verifier.verifyThat("TEMPO-DATA-02").given(PROJECT).firesExactlyOn("loans", "applications");
            verifier.verifyThat("TEMPO-DATA-01").given(PROJECT).firesOnProject().withSeverity(Severity.HIGH);
            verifier.verifyThat("TEMPO-DATA-06").given(PROJECT).doesNotFire().isUndecidedOn("datasets[1].versioned");
            verifier.verifyThat("TEMPO-DATA-07").given(PROJECT).doesNotFire();
        }).doesNotThrowAnyException();
    }

    @Test
    void firesExactlyOn_failsNamingMissingAndUnexpectedTargets() {
        assertThatThrownBy(() -> sampleVerifier().verifyThat("TEMPO-DATA-02").given(PROJECT).firesExactlyOn("applications", "claims"))
                .isExactlyInstanceOf(AssertionError.class)
                .hasMessageContainingAll("Expected TEMPO-DATA-02 to fire exactly on \"applications\", on \"claims\"",
                        "but it fired on \"applications\", on \"loans\"; not on \"claims\"; unexpectedly on \"loans\"",
                        "tempo assessment of credit");
        assertThatThrownBy(() -> sampleVerifier().verifyThat("TEMPO-DATA-06").given(PROJECT).firesExactlyOn("loans"))
                .hasMessageContaining("but it fired nowhere; not on \"loans\"");
        assertThatThrownBy(() -> sampleVerifier().verifyThat("TEMPO-DATA-02").given(PROJECT).firesExactlyOn())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use doesNotFire()");
    }

    @Test
    void firesOnProject_failsForFindingsOnTargets() {
        assertThatThrownBy(() -> sampleVerifier().verifyThat("TEMPO-DATA-02").given(PROJECT).firesOnProject())
                .isExactlyInstanceOf(AssertionError.class)
                .hasMessageContainingAll("Expected TEMPO-DATA-02 to fire once, on the project", "but it fired on \"applications\", on \"loans\"");
    }

    @Test
    void doesNotFire_failsNamingTheFindings() {
        assertThatThrownBy(() -> sampleVerifier().verifyThat("TEMPO-TOOLING-06").given(PROJECT).doesNotFire())
                .isExactlyInstanceOf(AssertionError.class)
                .hasMessageContainingAll("Expected TEMPO-TOOLING-06 not to fire", "but it fired: TEMPO-TOOLING-06 LOW on the project");
    }

    @Test
    void withSeverity_failsWhenAnyFindingDiffers_orTheRuleDidNotFire() {
        assertThatThrownBy(() -> sampleVerifier().verifyThat("TEMPO-DATA-02").given(PROJECT).withSeverity(Severity.HIGH))
                .hasMessageContainingAll("Expected every finding of TEMPO-DATA-02 to be HIGH", "but found TEMPO-DATA-02 MEDIUM on \"loans\"");
        assertThatThrownBy(() -> sampleVerifier().verifyThat("TEMPO-DATA-06").given(PROJECT).withSeverity(Severity.HIGH))
                .hasMessageContaining("but TEMPO-DATA-06 did not fire");
    }

    @Test
    void isUndecidedOn_failsNamingTheFieldsTheRuleWasUndecidedOn() {
        assertThatThrownBy(() -> sampleVerifier().verifyThat("TEMPO-DATA-06").given(PROJECT).isUndecidedOn("datasets[0].versioned"))
                .hasMessageContainingAll("Expected TEMPO-DATA-06 to be undecided on datasets[0].versioned",
                        "but TEMPO-DATA-06 was undecided on datasets[1].versioned");
        assertThatThrownBy(() -> sampleVerifier().verifyThat("TEMPO-DATA-01").given(PROJECT).isUndecidedOn("dataOps.maturity"))
                .hasMessageContaining("but TEMPO-DATA-01 was undecided on no field");
    }

    @Test
    void isDecided_failsNamingTheFieldsTheRuleWasUndecidedOn() {
        assertThatCode(() -> sampleVerifier().verifyThat("TEMPO-DATA-02").given(PROJECT).isDecided()).doesNotThrowAnyException();
        assertThatThrownBy(() -> sampleVerifier().verifyThat("TEMPO-DATA-06").given(PROJECT).isDecided())
                .isExactlyInstanceOf(AssertionError.class)
                .hasMessageContainingAll("Expected TEMPO-DATA-06 to be undecided on no field", "but it was undecided on datasets[1].versioned");
    }

    @Test
    void packOutcome_passesForExactlyTheFindingsOfTheVerifiedRules() {
        assertThatCode(() -> sampleVerifier().verifyThatRules("TEMPO-DATA-01", "TEMPO-DATA-02", "TEMPO-DATA-06").given(PROJECT)
                .firesExactly("TEMPO-DATA-02 [loans]", "TEMPO-DATA-01", "TEMPO-DATA-02 [applications]")
                .isUndecidedOn("datasets[1].versioned")).doesNotThrowAnyException();
        assertThatCode(() -> sampleVerifier().verifyThatRules("TEMPO-DATA-06", "TEMPO-DATA-07").given(PROJECT).firesNothing())
                .doesNotThrowAnyException();
    }

    @Test
    void packOutcome_failsNamingMissingAndUnexpectedFindings() {
        assertThatThrownBy(() -> sampleVerifier().verifyThatRules("TEMPO-DATA-01", "TEMPO-DATA-02").given(PROJECT)
                .firesExactly("TEMPO-DATA-01 [loans]", "TEMPO-DATA-02 [applications]", "TEMPO-DATA-02 [loans]"))
                .isExactlyInstanceOf(AssertionError.class)
                .hasMessageContainingAll("Expected rules TEMPO-DATA-01, TEMPO-DATA-02 to raise exactly",
                        "missing TEMPO-DATA-01 [loans]; unexpected TEMPO-DATA-01", "tempo assessment of credit");
        assertThatThrownBy(() -> sampleVerifier().verifyThatRules("TEMPO-TOOLING-06").given(PROJECT).firesNothing())
                .hasMessageContainingAll("to raise exactly nothing", "but they raised TEMPO-TOOLING-06");
        assertThatThrownBy(() -> sampleVerifier().verifyThatRules("TEMPO-DATA-01").given(PROJECT).isUndecidedOn("datasets[1].versioned"))
                .hasMessageContaining("but they were undecided on no field");
    }

    @Test
    void packOutcome_rejectsMalformedExpectations_andRulesNotBeingVerified() {
        assertThatThrownBy(() -> sampleVerifier().verifyThatRules("TEMPO-DATA-01").given(PROJECT).firesExactly("TEMPO-DATA-01 on loans"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("write \"RULE-ID\" for a project-wide finding");
        assertThatThrownBy(() -> sampleVerifier().verifyThatRules("TEMPO-DATA-01").given(PROJECT).firesExactly("TEMPO-DATA-02 [loans]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names rule TEMPO-DATA-02, which is not being verified");
        assertThatThrownBy(() -> sampleVerifier().verifyThatRules())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
