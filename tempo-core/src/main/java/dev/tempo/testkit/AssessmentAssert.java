package dev.tempo.testkit;

import static dev.tempo.testkit.Failures.describe;
import static dev.tempo.testkit.Failures.failure;

import dev.tempo.Assessment;
import dev.tempo.Band;
import dev.tempo.Factor;
import dev.tempo.Finding;
import dev.tempo.Severity;
import dev.tempo.Unknown;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks on one {@link Assessment}; start with {@link TempoAssertions#assertThat(Assessment)}.
 * Each check returns this object (or, for {@link #hasFinding}, checks on the matching findings),
 * so checks chain.
 */
public final class AssessmentAssert {
    private final Assessment assessment;

    AssessmentAssert(Assessment assessment) {
        this.assessment = assessment;
    }

    /**
     * Checks that the rule raised at least one active finding, and continues with checks on its findings.
     *
     * @throws AssertionError when the rule raised no active finding
     */
    public FindingAssert hasFinding(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        List<Finding> ofRule = findingsOf(ruleId);
        if (ofRule.isEmpty()) {
            throw failure(assessment, "a finding of " + ruleId, "found none; the active findings are: "
                    + describe(assessment.findings()) + waivedNote(ruleId));
        }
        return new FindingAssert(this, assessment, ruleId, ofRule);
    }

    /**
     * Checks that the rule raised no active finding (a waived or disabled one does not count).
     *
     * @throws AssertionError naming the rule's findings when it raised any
     */
    public AssessmentAssert hasNoFinding(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        List<Finding> ofRule = findingsOf(ruleId);
        if (!ofRule.isEmpty()) {
            throw failure(assessment, "no finding of " + ruleId, "found " + describe(ofRule));
        }
        return this;
    }

    /**
     * Checks that the assessment has no active finding at all.
     *
     * @throws AssertionError naming the findings when there are any
     */
    public AssessmentAssert hasNoFindings() {
        if (!assessment.findings().isEmpty()) {
            throw failure(assessment, "no findings", "found " + describe(assessment.findings()));
        }
        return this;
    }

    /**
     * Checks that no active finding is at or above a severity: the gate of a governance pipeline.
     *
     * @throws AssertionError naming the blocking findings
     */
    public AssessmentAssert hasNoFindingAtOrAbove(Severity threshold) {
        Objects.requireNonNull(threshold, "threshold");
        List<Finding> blocking = assessment.findingsAtOrAbove(threshold);
        if (!blocking.isEmpty()) {
            throw failure(assessment, "no finding at or above " + threshold + " in project " + assessment.projectId(),
                    "found " + blocking.size() + ": " + describe(blocking));
        }
        return this;
    }

    /**
     * Checks the tempo score.
     *
     * @throws AssertionError when the tempo score differs
     */
    public AssessmentAssert hasTempoScore(int expected) {
        int actual = assessment.scores().tempo();
        if (actual != expected) {
            throw failure(assessment, "tempo score " + expected, "it is " + actual);
        }
        return this;
    }

    /**
     * Checks one factor's score.
     *
     * @throws AssertionError when the factor is not scored or its score differs
     */
    public AssessmentAssert hasFactorScore(Factor factor, int expected) {
        Objects.requireNonNull(factor, "factor");
        Integer actual = assessment.scores().factors().get(factor);
        if (actual == null || actual != expected) {
            throw failure(assessment, factor + " score " + expected,
                    actual == null ? factor + " is not scored; the scored factors are " + assessment.scores().factors().keySet()
                            : "it is " + actual);
        }
        return this;
    }

    /**
     * Checks the band.
     *
     * @throws AssertionError when the band differs
     */
    public AssessmentAssert hasBand(Band expected) {
        Objects.requireNonNull(expected, "expected");
        Band actual = assessment.scores().band();
        if (actual != expected) {
            throw failure(assessment, "band " + expected, "it is " + actual + " (tempo score " + assessment.scores().tempo() + ")");
        }
        return this;
    }

    /**
     * Checks that a field is listed as unknown: some rule could not decide because it is absent.
     *
     * @param field the descriptor path, such as {@code datasets[0].qualityChecks}
     * @throws AssertionError naming the unknown fields when this one is not among them
     */
    public AssessmentAssert hasUnknown(String field) {
        Objects.requireNonNull(field, "field");
        if (unknown(field).isEmpty()) {
            throw failure(assessment, "unknown field " + field, "the unknown fields are: " + unknownFields());
        }
        return this;
    }

    /**
     * Checks that a field is listed as unknown for a given rule: that rule could not decide because it is absent.
     *
     * @throws AssertionError when the field is not unknown, or not for that rule
     */
    public AssessmentAssert hasUnknown(String field, String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        Optional<Unknown> unknown = unknown(field);
        if (unknown.isEmpty() || !unknown.get().rules().contains(ruleId)) {
            throw failure(assessment, "unknown field " + field + " for " + ruleId, unknown.isEmpty()
                    ? "the unknown fields are: " + unknownFields()
                    : field + " is unknown for " + String.join(", ", unknown.get().rules()) + " only");
        }
        return this;
    }

    /** The assessment under check, for checks this class does not offer. */
    public Assessment assessment() {
        return assessment;
    }

    private List<Finding> findingsOf(String ruleId) {
        return assessment.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private Optional<Unknown> unknown(String field) {
        Objects.requireNonNull(field, "field");
        return assessment.unknowns().stream().filter(u -> u.field().equals(field)).findFirst();
    }

    private String unknownFields() {
        return assessment.unknowns().isEmpty() ? "none"
                : assessment.unknowns().stream().map(Unknown::field).collect(Collectors.joining(", "));
    }

    private String waivedNote(String ruleId) {
        long waived = assessment.waived().stream().filter(w -> w.finding().ruleId().equals(ruleId)).count();
        return waived == 0 ? "" : " (" + waived + " finding(s) of " + ruleId + " are waived)";
    }
}
