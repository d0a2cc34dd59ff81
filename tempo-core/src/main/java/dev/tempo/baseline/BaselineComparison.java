package dev.tempo.baseline;

import dev.tempo.Assessment;
import dev.tempo.Finding;
import dev.tempo.Severity;
import java.util.List;
import java.util.Objects;

/**
 * An assessment compared with a {@link Baseline}: which active findings are new (what a gate gates
 * on), which are known, and which baselined findings of the project are gone. Immutable.
 *
 * @param assessment    the assessment compared
 * @param newFindings   active findings not in the baseline, in report order
 * @param knownFindings active findings in the baseline, in report order
 * @param fixed         the baseline's fingerprints of this project that are no longer active findings
 *                      (fixed, disabled or now waived), sorted: the baseline can be tightened by these
 */
public record BaselineComparison(
        Assessment assessment,
        List<Finding> newFindings,
        List<Finding> knownFindings,
        List<Fingerprint> fixed) {

    public BaselineComparison {
        Objects.requireNonNull(assessment, "assessment");
        newFindings = List.copyOf(newFindings);
        knownFindings = List.copyOf(knownFindings);
        fixed = List.copyOf(fixed);
    }

    /** The new findings at or above the given severity, in report order. */
    public List<Finding> newFindingsAtOrAbove(Severity threshold) {
        return newFindings.stream().filter(f -> f.isAtLeast(threshold)).toList();
    }

    /**
     * A gate that accepts the baselined findings, for tests and pipelines, in any test framework.
     *
     * @throws AssertionError whose message is the readable report, when any new finding is at or
     *                        above the given severity
     */
    public void assertNoNewFindingAtOrAbove(Severity threshold) {
        List<Finding> blocking = newFindingsAtOrAbove(threshold);
        if (!blocking.isEmpty()) {
            throw new AssertionError(blocking.size() + " new finding(s) at or above " + threshold + " in project "
                    + assessment.projectId() + ", not in the baseline\n\n" + report());
        }
    }

    /** The readable report: the assessment's, then what is new and what is fixed against the baseline. */
    public String report() {
        StringBuilder out = new StringBuilder(assessment.report());
        out.append("\nAgainst the baseline: ").append(newFindings.size()).append(" new, ")
                .append(knownFindings.size()).append(" known, ").append(fixed.size()).append(" fixed\n");
        if (!newFindings.isEmpty()) {
            out.append("New (").append(newFindings.size()).append("), not in the baseline:\n");
            newFindings.forEach(f -> out.append("  ").append(f.headline()).append('\n'));
        }
        if (!fixed.isEmpty()) {
            out.append("Fixed (").append(fixed.size()).append("), in the baseline but no longer found; update the baseline to drop them:\n");
            fixed.forEach(f -> out.append("  ").append(f.ruleId()).append(f.target() == null ? "" : " [" + f.target() + "]").append('\n'));
        }
        return out.toString();
    }
}
