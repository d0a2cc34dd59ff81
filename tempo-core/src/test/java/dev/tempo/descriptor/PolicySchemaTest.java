package dev.tempo.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.model.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The policy schema accepts DESCRIPTOR.md's policy and a policy with every key, and rejects the
 * reader's bad policies at the field the reader names.
 *
 * <p>Left to the reader, as a schema cannot express them: the order of the band limits (FAST at
 * least STEADY at least SLOW) and whether the rule ids of {@code severities} and {@code disabled}
 * name loaded rules.
 */
class PolicySchemaTest {
    /** Every key of a policy, with values other than the defaults, as in PolicyReadingTest. */
    static final String FULL_POLICY = """
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
            """;

    private final DescriptorReader reader = new DescriptorReader();

    static Stream<Arguments> badPolicies() {
        return Stream.of(
                Arguments.of("unknown threshold", "thresholds:\n  smallTeamMaxMembers: 4\n  largeTeamMinMember: 9\n"),
                Arguments.of("unknown section", "disabled: [TEMPO-GOALS-07]\nseverity:\n  TEMPO-TEAM-08: LOW\n"),
                Arguments.of("negative threshold", "thresholds:\n  maxDaysSinceToolAudit: -1\n"),
                Arguments.of("decimal for a whole-number threshold", "thresholds:\n  smallTeamMaxMembers: 3.5\n"),
                Arguments.of("quoted threshold", "thresholds:\n  storageUsedMaxRatio: \"0.8\"\n"),
                Arguments.of("failure rate above 1", "thresholds:\n  maxChangeFailureRate: 1.5\n"),
                Arguments.of("no changes needed for a rate", "thresholds:\n  minChangesForRates: 0\n"),
                Arguments.of("no delivery window", "thresholds:\n  deliveryWindowDays: 0\n"),
                Arguments.of("unknown severity", "severities:\n  TEMPO-TEAM-08: medium\n  TEMPO-TEAM-09: HUGE\n"),
                Arguments.of("null severity", "severities:\n  TEMPO-TEAM-08: null\n"),
                Arguments.of("text for a list", "disabled: TEMPO-GOALS-07\n"),
                Arguments.of("null rule id", "disabled: [TEMPO-A-01, null]\n"),
                Arguments.of("unknown regime", "dpiaRegimes: [GDPR, HIPAA]\n"),
                Arguments.of("quoted flag", "unknownAsFinding: \"yes\"\n"),
                Arguments.of("unknown severity as a weight key", "scoring:\n  weights: {LOW: 5, HUGE: 80}\n"),
                Arguments.of("weight above 100", "scoring:\n  weights: {high: 101}\n"),
                Arguments.of("decimal weight", "scoring:\n  weights: {low: 5.5}\n"),
                Arguments.of("a limit for STALLED", "scoring:\n  bands: {stalled: 10}\n"),
                Arguments.of("negative band limit", "scoring:\n  bands: {slow: -1}\n"),
                Arguments.of("unknown band", "scoring:\n  criticalCapsBandAt: FROZEN\n"),
                Arguments.of("a list for a document", "- thresholds\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPolicies")
    void aPolicyTheReaderRejects_theSchemaRejects_atTheSameField(String name, String yaml) {
        Problem problem = Rejection.of(() -> reader.readPolicy(new StringReader(yaml), "policy.yaml"));
        List<String> errors = SchemaCheck.errors(SchemaCheck.POLICY, yaml, "policy.yaml");

        assertThat(errors).as("the schema's errors for %s (the reader: %s)", name, problem).isNotEmpty()
                .anyMatch(error -> SchemaCheck.isAbout(error, problem.path()));
    }

    @Test
    void descriptorMdsPolicy_aPolicyWithEveryKey_andTheEmptyPolicy_areValid() throws IOException {
        for (String policy : List.of(DescriptorSchemaTest.yamlBlocks().get(1), FULL_POLICY, "{}\n")) {
            reader.readPolicy(new StringReader(policy), "policy.yaml");
            assertThat(SchemaCheck.errors(SchemaCheck.POLICY, policy, "policy.yaml")).as(policy).isEmpty();
        }
    }

    @Test
    void severitiesRegimesAndBands_areAcceptedInAnyCase_asTheReaderAcceptsThem() {
        String yaml = """
                severities: {TEMPO-A-01: high, TEMPO-A-02: HIGH, TEMPO-A-03: High}
                dpiaRegimes: [gdpr, Uk_Gdpr]
                scoring:
                  weights: {info: 1, Critical: 40}
                  bands: {fast: 90, Steady: 70}
                  criticalCapsBandAt: stalled
                """;
        reader.readPolicy(new StringReader(yaml), "policy.yaml");
        assertThat(SchemaCheck.errors(SchemaCheck.POLICY, yaml, "policy.yaml")).isEmpty();
    }
}
