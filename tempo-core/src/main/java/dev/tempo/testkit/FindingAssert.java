package dev.tempo.testkit;

import static dev.tempo.testkit.Failures.describe;
import static dev.tempo.testkit.Failures.failure;
import static dev.tempo.testkit.Failures.on;

import dev.tempo.Assessment;
import dev.tempo.Finding;
import dev.tempo.Severity;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Checks on the active findings of one rule; obtained from {@link AssessmentAssert#hasFinding}.
 *
 * <p>Each check narrows the findings to those that pass it and fails when none do, so a chain reads
 * as one sentence whatever its order: {@code hasFinding("TEMPO-DATA-02").withSeverity(HIGH).onTarget("loans")}
 * passes when there is a HIGH finding of TEMPO-DATA-02 on {@code loans}.
 */
public final class FindingAssert {
    private final AssessmentAssert parent;
    private final Assessment assessment;
    private final String description;
    private final List<Finding> findings;

    FindingAssert(AssessmentAssert parent, Assessment assessment, String description, List<Finding> findings) {
        this.parent = parent;
        this.assessment = assessment;
        this.description = description;
        this.findings = findings;
    }

    /**
     * Narrows to the findings of this severity.
     *
     * @throws AssertionError when none has it
     */
    public FindingAssert withSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return narrow(description + " " + severity, f -> f.severity() == severity);
    }

    /**
     * Narrows to the finding on this target (a dataset, model, tool, member, role or jurisdiction name).
     *
     * @throws AssertionError when none is on it
     */
    public FindingAssert onTarget(String target) {
        Objects.requireNonNull(target, "target; use onProject() for a project-wide finding");
        return narrow(description + " " + on(target), f -> target.equals(f.target()));
    }

    /**
     * Narrows to the project-wide finding (target null).
     *
     * @throws AssertionError when none is project-wide
     */
    public FindingAssert onProject() {
        return narrow(description + " " + on(null), f -> f.target() == null);
    }

    /**
     * Narrows to the findings with an evidence line containing the text.
     *
     * @throws AssertionError when no finding has such a line
     */
    public FindingAssert withEvidenceContaining(String text) {
        Objects.requireNonNull(text, "text");
        return narrow(description + " with evidence containing \"" + text + "\"",
                f -> f.evidence().stream().anyMatch(line -> line.contains(text)));
    }

    /** Back to the checks on the whole assessment. */
    public AssessmentAssert and() {
        return parent;
    }

    /** The findings that passed every check so far, in report order. */
    public List<Finding> findings() {
        return findings;
    }

    private FindingAssert narrow(String expected, Predicate<Finding> test) {
        List<Finding> passing = findings.stream().filter(test).toList();
        if (passing.isEmpty()) {
            throw failure(assessment, "a finding of " + expected, "found " + describe(findings)
                    + evidenceOf(findings));
        }
        return new FindingAssert(parent, assessment, expected, passing);
    }

    private static String evidenceOf(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append("\n     ").append(describe(f)).append(" has evidence ").append(f.evidence());
        }
        return out.toString();
    }
}
