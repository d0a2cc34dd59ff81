package dev.tempo.testkit;

import static dev.tempo.testkit.Failures.describe;
import static dev.tempo.testkit.Failures.failure;

import dev.tempo.Assessment;
import dev.tempo.Finding;
import dev.tempo.Severity;
import dev.tempo.Unknown;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one rule did with one project, and the checks on it; obtained from {@link RuleVerification#given}.
 * Only active findings count: a waived finding, or one of a rule the policy disables, is not a firing.
 * Every check returns this object, so checks chain.
 */
public final class RuleOutcome {
    private final String ruleId;
    private final Assessment assessment;
    private final List<Finding> findings;

    RuleOutcome(String ruleId, Assessment assessment) {
        this.ruleId = ruleId;
        this.assessment = assessment;
        this.findings = assessment.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /**
     * Checks that the rule fired on exactly these targets (dataset, model, tool, ... names), each once, and nowhere else.
     *
     * @throws AssertionError naming the missing and the unexpected targets
     * @throws IllegalArgumentException when no target is given (use {@link #doesNotFire()}) or a target is null
     *                                  (use {@link #firesOnProject()})
     */
    public RuleOutcome firesExactlyOn(String... targets) {
        if (targets.length == 0) {
            throw new IllegalArgumentException("name at least one target; use doesNotFire() to state that " + ruleId + " must not fire");
        }
        if (Arrays.stream(targets).anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("a target is null; use firesOnProject() for a project-wide finding");
        }
        Set<String> expected = new LinkedHashSet<>(Arrays.asList(targets));
        List<String> actual = new ArrayList<>();
        findings.forEach(f -> actual.add(f.target()));
        List<String> missing = expected.stream().filter(t -> !actual.contains(t)).toList();
        List<String> unexpected = actual.stream().filter(t -> !expected.contains(t)).toList();
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            throw failure(assessment, ruleId + " to fire exactly " + ons(List.copyOf(expected)),
                    "it fired " + (actual.isEmpty() ? "nowhere" : ons(actual))
                            + (missing.isEmpty() ? "" : "; not " + ons(missing))
                            + (unexpected.isEmpty() ? "" : "; unexpectedly " + ons(unexpected)));
        }
        return this;
    }

    /**
     * Checks that the rule fired once, project-wide (target null), and on no particular target.
     *
     * @throws AssertionError saying where it fired instead
     */
    public RuleOutcome firesOnProject() {
        if (findings.size() != 1 || findings.get(0).target() != null) {
            throw failure(assessment, ruleId + " to fire once, on the project",
                    "it fired " + (findings.isEmpty() ? "nowhere" : ons(findings.stream().map(Finding::target).toList())));
        }
        return this;
    }

    /**
     * Checks that the rule raised no active finding.
     *
     * @throws AssertionError naming its findings
     */
    public RuleOutcome doesNotFire() {
        if (!findings.isEmpty()) {
            throw failure(assessment, ruleId + " not to fire", "it fired: " + describe(findings));
        }
        return this;
    }

    /**
     * Checks that every finding of the rule has this severity (after the policy's overrides).
     *
     * @throws AssertionError when the rule did not fire, or a finding has another severity
     */
    public RuleOutcome withSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        List<Finding> other = findings.stream().filter(f -> f.severity() != severity).toList();
        if (findings.isEmpty() || !other.isEmpty()) {
            throw failure(assessment, "every finding of " + ruleId + " to be " + severity,
                    findings.isEmpty() ? ruleId + " did not fire" : "found " + describe(other));
        }
        return this;
    }

    /**
     * Checks that the rule could not decide because the field is unknown: the field is listed under
     * unknowns for this rule.
     *
     * @param field the descriptor path, such as {@code tools[0].exportable}
     * @throws AssertionError naming the fields this rule was undecided on
     */
    public RuleOutcome isUndecidedOn(String field) {
        Objects.requireNonNull(field, "field");
        List<String> fields = undecidedFields();
        if (!fields.contains(field)) {
            throw failure(assessment, ruleId + " to be undecided on " + field,
                    fields.isEmpty() ? ruleId + " was undecided on no field" : ruleId + " was undecided on " + String.join(", ", fields));
        }
        return this;
    }

    /**
     * Checks that the rule was undecided on no field: every fact it needed was known.
     *
     * @throws AssertionError naming the fields this rule was undecided on
     */
    public RuleOutcome isDecided() {
        List<String> fields = undecidedFields();
        if (!fields.isEmpty()) {
            throw failure(assessment, ruleId + " to be undecided on no field", "it was undecided on " + String.join(", ", fields));
        }
        return this;
    }

    /** The assessment all runs agreed on, for further checks with {@link TempoAssertions}. */
    public Assessment assessment() {
        return assessment;
    }

    private List<String> undecidedFields() {
        return assessment.unknowns().stream().filter(u -> u.rules().contains(ruleId)).map(Unknown::field).toList();
    }

    private static String ons(List<String> targets) {
        return targets.stream().map(Failures::on).collect(Collectors.joining(", "));
    }
}
