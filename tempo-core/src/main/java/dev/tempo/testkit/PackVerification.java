package dev.tempo.testkit;

import dev.tempo.model.Project;
import java.util.Set;

/** A set of rules, such as a pack, about to be verified together; obtained from {@link RuleVerifier#verifyThatRules}. */
public final class PackVerification {
    private final RuleVerifier verifier;
    private final Set<String> ruleIds;

    PackVerification(RuleVerifier verifier, Set<String> ruleIds) {
        this.verifier = verifier;
        this.ruleIds = ruleIds;
    }

    /**
     * Assesses the project {@value RuleVerifier#RUNS} times and continues with what the rules must do.
     *
     * @throws AssertionError when the runs do not all give the same assessment
     * @throws RuntimeException whatever the engine throws for the project (a failing rule, a waiver of an unloaded rule)
     */
    public PackOutcome given(Project project) {
        return new PackOutcome(ruleIds, verifier.assessRepeatedly(project));
    }
}
