package dev.tempo.testkit;

import dev.tempo.model.Project;

/** One rule about to be verified; obtained from {@link RuleVerifier#verifyThat}. */
public final class RuleVerification {
    private final RuleVerifier verifier;
    private final String ruleId;

    RuleVerification(RuleVerifier verifier, String ruleId) {
        this.verifier = verifier;
        this.ruleId = ruleId;
    }

    /**
     * Assesses the project {@value RuleVerifier#RUNS} times and continues with what the rule must do.
     *
     * @throws AssertionError when the runs do not all give the same assessment
     * @throws RuntimeException whatever the engine throws for the project (a failing rule, a waiver of an unloaded rule)
     */
    public RuleOutcome given(Project project) {
        return new RuleOutcome(ruleId, verifier.assessRepeatedly(project));
    }
}
