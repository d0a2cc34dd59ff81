package dev.tempo.testkit;

import static dev.tempo.testkit.TempoAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tempo.Band;
import dev.tempo.Factor;
import dev.tempo.Severity;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class TempoAssertionsTest {
    private static final String REPORT_HEADER = "tempo assessment of credit as of 2026-11-27";

    /** Asserts that the check fails with a message holding these parts and the readable report. */
    private static void failsWith(ThrowingCallable check, String... parts) {
        assertThatThrownBy(check)
                .isExactlyInstanceOf(AssertionError.class)
                .hasMessageContainingAll(parts)
                .hasMessageContaining(REPORT_HEADER)
                .hasMessageContaining("Findings (4):");
    }

    @Test
    void findingChecks_passWhenAFindingMatchesThemAll_inAnyOrder() {
        assertThatCode(() -> {
            assertThat(Assessments.sample()).hasFinding("TEMPO-DATA-02").withSeverity(Severity.HIGH).onTarget("applications");
            assertThat(Assessments.sample()).hasFinding("TEMPO-DATA-02").onTarget("loans").withSeverity(Severity.MEDIUM);
            assertThat(Assessments.sample()).hasFinding("TEMPO-DATA-01").onProject().withEvidenceContaining("AD_HOC")
                    .and().hasFinding("TEMPO-TOOLING-06").withSeverity(Severity.LOW);
        }).doesNotThrowAnyException();
    }

    @Test
    void hasFinding_failsNamingTheActiveFindings_andAWaivedOne() {
        failsWith(() -> assertThat(Assessments.sample()).hasFinding("TEMPO-DATA-09"),
                "Expected a finding of TEMPO-DATA-09", "but found none", "TEMPO-DATA-01 HIGH on the project");
        failsWith(() -> assertThat(Assessments.sample()).hasFinding("TEMPO-DATA-07"),
                "1 finding(s) of TEMPO-DATA-07 are waived");
    }

    @Test
    void withSeverity_failsWhenNoFindingOfTheRuleHasIt() {
        failsWith(() -> assertThat(Assessments.sample()).hasFinding("TEMPO-DATA-02").withSeverity(Severity.CRITICAL),
                "Expected a finding of TEMPO-DATA-02 CRITICAL",
                "found TEMPO-DATA-02 HIGH on \"applications\", TEMPO-DATA-02 MEDIUM on \"loans\"");
    }

    @Test
    void onTarget_failsWhenTheMatchingFindingsAreElsewhere() {
        failsWith(() -> assertThat(Assessments.sample()).hasFinding("TEMPO-DATA-02").withSeverity(Severity.MEDIUM).onTarget("applications"),
                "Expected a finding of TEMPO-DATA-02 MEDIUM on \"applications\"", "found TEMPO-DATA-02 MEDIUM on \"loans\"");
    }

    @Test
    void onProject_failsForAFindingOnATarget() {
        failsWith(() -> assertThat(Assessments.sample()).hasFinding("TEMPO-DATA-02").onProject(),
                "Expected a finding of TEMPO-DATA-02 on the project");
    }

    @Test
    void withEvidenceContaining_failsShowingTheEvidence() {
        failsWith(() -> assertThat(Assessments.sample()).hasFinding("TEMPO-DATA-01").withEvidenceContaining("NONE"),
                "with evidence containing \"NONE\"", "has evidence [dataOps.maturity = AD_HOC]");
    }

    @Test
    void hasNoFinding_passesForAnAbsentOrWaivedRule_andFailsNamingTheFindings() {
        assertThatCode(() -> assertThat(Assessments.sample()).hasNoFinding("TEMPO-DATA-09").hasNoFinding("TEMPO-DATA-07"))
                .doesNotThrowAnyException();
        failsWith(() -> assertThat(Assessments.sample()).hasNoFinding("TEMPO-DATA-02"),
                "Expected no finding of TEMPO-DATA-02", "found TEMPO-DATA-02 HIGH on \"applications\", TEMPO-DATA-02 MEDIUM on \"loans\"");
    }

    @Test
    void hasNoFindingAtOrAbove_isAGate() {
        assertThatCode(() -> assertThat(Assessments.sample()).hasNoFindingAtOrAbove(Severity.CRITICAL)).doesNotThrowAnyException();
        failsWith(() -> assertThat(Assessments.sample()).hasNoFindingAtOrAbove(Severity.HIGH),
                "Expected no finding at or above HIGH in project credit",
                "found 2: TEMPO-DATA-01 HIGH on the project, TEMPO-DATA-02 HIGH on \"applications\"");
        assertThatThrownBy(() -> assertThat(Assessments.sample()).hasNoFindingAtOrAbove(Severity.HIGH))
                .hasMessageNotContaining("TEMPO-DATA-02 MEDIUM on \"loans\",");
    }

    @Test
    void hasNoFindings_passesOnlyForACleanAssessment() {
        assertThatCode(() -> assertThat(Assessments.clean()).hasNoFindings().hasNoFindingAtOrAbove(Severity.INFO))
                .doesNotThrowAnyException();
        failsWith(() -> assertThat(Assessments.sample()).hasNoFindings(), "Expected no findings", "TEMPO-TOOLING-06 LOW on the project");
    }

    @Test
    void scoreChecks_passOnTheRightValues_andFailSayingTheActualOnes() {
        // DATA 100 - 25 - 25 - 10 = 40, TOOLING 95: round((40 + 635 / 7) / 2) = 65, SLOW
        assertThatCode(() -> assertThat(Assessments.sample()).hasTempoScore(65).hasBand(Band.SLOW)
                .hasFactorScore(Factor.DATA, 40).hasFactorScore(Factor.TOOLING, 95)).doesNotThrowAnyException();
        failsWith(() -> assertThat(Assessments.sample()).hasTempoScore(80), "Expected tempo score 80", "but it is 65");
        failsWith(() -> assertThat(Assessments.sample()).hasBand(Band.FAST), "Expected band FAST", "but it is SLOW (tempo score 65)");
        failsWith(() -> assertThat(Assessments.sample()).hasFactorScore(Factor.DATA, 100), "Expected DATA score 100", "but it is 40");
        failsWith(() -> assertThat(Assessments.sample()).hasFactorScore(Factor.of("SECURITY"), 100),
                "SECURITY is not scored; the scored factors are [GOALS, DATA");
    }

    @Test
    void hasUnknown_passesForAnUnknownField_andItsRule() {
        assertThatCode(() -> assertThat(Assessments.sample()).hasUnknown("datasets[1].versioned")
                .hasUnknown("datasets[1].versioned", "TEMPO-DATA-06")).doesNotThrowAnyException();
    }

    @Test
    void hasUnknown_failsNamingTheUnknownFields_orTheRulesThatWereUndecided() {
        failsWith(() -> assertThat(Assessments.sample()).hasUnknown("datasets[0].versioned"),
                "Expected unknown field datasets[0].versioned", "the unknown fields are: datasets[1].versioned");
        failsWith(() -> assertThat(Assessments.sample()).hasUnknown("datasets[1].versioned", "TEMPO-DATA-02"),
                "Expected unknown field datasets[1].versioned for TEMPO-DATA-02", "is unknown for TEMPO-DATA-06 only");
        assertThatThrownBy(() -> assertThat(Assessments.clean()).hasUnknown("goals.framing"))
                .hasMessageContaining("the unknown fields are: none");
    }
}
