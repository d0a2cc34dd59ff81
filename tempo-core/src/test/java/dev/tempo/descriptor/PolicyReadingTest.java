package dev.tempo.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.Band;
import dev.tempo.Policy;
import dev.tempo.Severity;
import dev.tempo.Thresholds;
import dev.tempo.model.Problem;
import dev.tempo.model.Regime;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class PolicyReadingTest {
    private final DescriptorReader reader = new DescriptorReader();

    private Problem rejected(String yaml) {
        return Rejection.of(() -> reader.readPolicy(new StringReader(yaml), "policy.yaml"));
    }

    @Test
    void fullPolicy_readsEverySection() {
        Policy policy = reader.readPolicy(new StringReader("""
                thresholds:
                  smallTeamMaxMembers: 4
                  smallTeamMaxConcurrentProjects: 1
                  largeTeamMinMembers: 10
                  minMedianExperienceYears: 3
                  maxStakeholderReviewDays: 21
                  storageUsedMaxRatio: 0.75
                  storageHorizonMonths: 9
                  maxToolsPerMember: 2
                  maxDaysSinceToolAudit: 180
                  storageHighHorizonMonths: 2
                  maxCommunicationCadenceDays: 10
                  computeHorizonMonths: 4
                  maxDaysSinceValidation: 200
                  deliveryWindowDays: 90
                  maxMedianLeadTimeDays: 20
                  maxMedianRetrainingLeadTimeDays: 5
                  maxChangeFailureRate: 0.2
                  minChangesForRates: 6
                  maxMedianRestoreHours: 12
                  maxDaysSinceModelChange: 120
                  maxChangeIntervalDays: 14
                severities:
                  TEMPO-TEAM-08: MEDIUM
                  TEMPO-DATA-01: critical
                disabled: [TEMPO-GOALS-07]
                dpiaRegimes: [GDPR, uk_gdpr, PIPL]
                unknownAsFinding: true
                scoring:
                  weights: {INFO: 0, LOW: 4, MEDIUM: 12, HIGH: 30, CRITICAL: 60}
                  bands: {FAST: 90, STEADY: 75, SLOW: 55}
                  criticalCapsBandAt: STALLED
                """), "policy.yaml");

        assertThat(policy.thresholds()).isEqualTo(new Thresholds(4, 1, 10, 3.0, 21, 0.75, 9.0, 2.0, 180, 2.0,
                10, 4.0, 200, 90, 20.0, 5.0, 0.2, 6, 12.0, 120, 14.0));
        assertThat(policy.severities()).containsEntry("TEMPO-TEAM-08", Severity.MEDIUM).containsEntry("TEMPO-DATA-01", Severity.CRITICAL);
        assertThat(policy.disabled()).containsExactly("TEMPO-GOALS-07");
        assertThat(policy.dpiaRegimes()).containsExactlyInAnyOrder(Regime.GDPR, Regime.UK_GDPR, Regime.PIPL);
        assertThat(policy.unknownAsFinding()).isTrue();
        assertThat(policy.scoring().weight(Severity.HIGH)).isEqualTo(30);
        assertThat(policy.scoring().bandOf(80)).isEqualTo(Band.STEADY);
        assertThat(policy.scoring().criticalCapsBandAt()).isEqualTo(Band.STALLED);
    }

    @Test
    void partialThresholds_keepTheOtherDefaults() {
        Policy policy = reader.readPolicy(new StringReader("""
                thresholds:
                  largeTeamMinMembers: 12
                scoring:
                  weights: {LOW: 3}
                """), "policy.yaml");

        assertThat(policy.thresholds().largeTeamMinMembers()).isEqualTo(12);
        assertThat(policy.thresholds().smallTeamMaxMembers()).isEqualTo(Thresholds.DEFAULTS.smallTeamMaxMembers());
        assertThat(policy.thresholds().storageUsedMaxRatio()).isEqualTo(Thresholds.DEFAULTS.storageUsedMaxRatio());
        assertThat(policy.scoring().weight(Severity.LOW)).isEqualTo(3);
        assertThat(policy.scoring().weight(Severity.CRITICAL)).isEqualTo(50);
        assertThat(policy.dpiaRegimes()).isEqualTo(Policy.DEFAULTS.dpiaRegimes());
    }

    @Test
    void emptyMapping_isTheDefaultPolicy() {
        assertThat(reader.readPolicy(new StringReader("{}"), "policy.yaml")).isEqualTo(Policy.DEFAULTS);
    }

    @Test
    void unknownThresholdName_isRejectedListingTheKnownOnes() {
        Problem problem = rejected("""
                severities: {}
                thresholds:
                  smallTeamMaxMembers: 4
                  largeTeamMinMember: 9
                """);

        assertThat(problem.path()).isEqualTo("thresholds.largeTeamMinMember");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(23);
        assertThat(problem.message()).startsWith("is not a known field; known fields: smallTeamMaxMembers, smallTeamMaxConcurrentProjects,")
                .contains("storageHighHorizonMonths")
                .endsWith("; maybe you meant largeTeamMinMembers?");
    }

    @Test
    void negativeThreshold_isRejected() {
        Problem problem = rejected("""
                thresholds:
                  maxDaysSinceToolAudit: -1
                """);

        assertThat(problem).hasToString("policy.yaml:2:26: thresholds.maxDaysSinceToolAudit is -1; must be a finite number, 0 or more");
    }

    @Test
    void everyMistakeOfAPolicy_isReportedAtOnce() {
        try {
            reader.readPolicy(new StringReader("""
                    thresholds:
                      smallTeamMaxMembers: -1
                      maxToolsPerMembr: 2
                    severities:
                      TEMPO-TEAM-08: URGENT
                    """), "policy.yaml");
        } catch (dev.tempo.model.InvalidInputException e) {
            assertThat(e.problems()).extracting(Problem::path)
                    .containsExactly("thresholds.smallTeamMaxMembers", "thresholds.maxToolsPerMembr", "severities.TEMPO-TEAM-08");
            return;
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    @Test
    void deliveryThresholds_outOfRange_areRejected() {
        assertThat(rejected("""
                thresholds:
                  maxChangeFailureRate: 1.5
                """).message()).isEqualTo("is 1.5; must be a rate from 0 to 1");
        assertThat(rejected("""
                thresholds:
                  minChangesForRates: 0
                """).message()).isEqualTo("is 0; must be a finite number, 1 or more");
        assertThat(rejected("""
                thresholds:
                  deliveryWindowDays: 0
                """).path()).isEqualTo("thresholds.deliveryWindowDays");
    }

    @Test
    void unknownSeverity_isRejected() {
        Problem problem = rejected("""
                severities:
                  TEMPO-TEAM-08: medium
                  TEMPO-TEAM-09: HUGE
                """);

        assertThat(problem).hasToString("policy.yaml:3:18: severities.TEMPO-TEAM-09 is \"HUGE\";"
                + " must be one of INFO, LOW, MEDIUM, HIGH, CRITICAL (any case)");
    }

    @Test
    void unknownSeverityAsWeightKey_isRejected() {
        Problem problem = rejected("""
                scoring:
                  weights: {LOW: 5, HUGE: 80}
                """);

        assertThat(problem.path()).isEqualTo("scoring.weights");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).isEqualTo("has the key \"HUGE\"; keys must be one of INFO, LOW, MEDIUM, HIGH, CRITICAL (any case)");
    }

    @Test
    void bandsOutOfOrder_areRejected() {
        Problem problem = rejected("""
                scoring:
                  bands:
                    FAST: 60
                    STEADY: 70
                """);

        assertThat(problem.path()).isEqualTo("scoring.bands");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(5);
        assertThat(problem.message()).contains("the limits must not increase from FAST to STEADY to SLOW");
    }

    @Test
    void unknownPolicySection_isRejected() {
        Problem problem = rejected("""
                disabled: [TEMPO-GOALS-07]
                severity:
                  TEMPO-TEAM-08: LOW
                """);

        assertThat(problem.path()).isEqualTo("severity");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).endsWith("maybe you meant severities?");
    }

    @Test
    void disabledAsText_isRejected() {
        Problem problem = rejected("disabled: TEMPO-GOALS-07\n");

        assertThat(problem).hasToString("policy.yaml:1:11: disabled is \"TEMPO-GOALS-07\"; must be a list");
    }

    @Test
    void emptyPolicyDocument_isRejected() {
        Problem problem = rejected("");

        assertThat(problem.message()).startsWith("is empty; must be a mapping of policy sections");
    }

    @Test
    void nullSeverity_isRejected() {
        Problem problem = rejected("""
                severities:
                  TEMPO-TEAM-08: null
                """);

        assertThat(problem).hasToString("policy.yaml:2:18: severities.TEMPO-TEAM-08 is null; must be a value (leave the entry out instead)");
    }

    @Test
    void nullDisabledRule_isRejected() {
        Problem problem = rejected("disabled: [TEMPO-A-01, null]\n");

        assertThat(problem).hasToString("policy.yaml:1:24: disabled[1] is null; must be a value (leave the entry out instead)");
    }
}
