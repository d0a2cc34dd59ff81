package dev.tempo;

import dev.tempo.model.Waiver;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The result of assessing one project on one date. Immutable.
 *
 * @param projectId      the assessed project's id
 * @param asOf           the assessment date every date-dependent rule used
 * @param findings       the active findings, in {@link Finding#REPORT_ORDER}
 * @param waived         findings hidden by a valid waiver, in report order
 * @param expiredWaivers waivers past their expiry date, which hide nothing
 * @param unknowns       absent facts that kept rules from deciding, by field path
 * @param scores         the factor scores, tempo score and band
 * @param delivery       tempo as measured from the project's history; null when the project has no event on or
 *                       before the assessment date (then DELIVERY is not scored)
 * @param labels         the project's labels ({@code project.labels}), sorted by key; empty when none
 */
public record Assessment(
        String projectId,
        LocalDate asOf,
        List<Finding> findings,
        List<WaivedFinding> waived,
        List<Waiver> expiredWaivers,
        List<Unknown> unknowns,
        Scores scores,
        DeliveryMetrics delivery,
        Map<String, String> labels) {

    public Assessment {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(asOf, "asOf");
        findings = List.copyOf(findings);
        waived = List.copyOf(waived);
        expiredWaivers = List.copyOf(expiredWaivers);
        unknowns = List.copyOf(unknowns);
        Objects.requireNonNull(scores, "scores");
        labels = labels == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(labels));
    }

    /** An assessment of a project without labels. */
    public Assessment(String projectId, LocalDate asOf, List<Finding> findings, List<WaivedFinding> waived, List<Waiver> expiredWaivers,
            List<Unknown> unknowns, Scores scores, DeliveryMetrics delivery) {
        this(projectId, asOf, findings, waived, expiredWaivers, unknowns, scores, delivery, Map.of());
    }

    /** The active findings at or above the given severity, in report order. */
    public List<Finding> findingsAtOrAbove(Severity threshold) {
        return findings.stream().filter(f -> f.isAtLeast(threshold)).toList();
    }

    /**
     * A gate for tests and pipelines, in any test framework.
     *
     * @throws AssertionError whose message is the readable report, when any active finding is at or
     *                        above the given severity
     */
    public void assertNoFindingAtOrAbove(Severity threshold) {
        List<Finding> blocking = findingsAtOrAbove(threshold);
        if (!blocking.isEmpty()) {
            throw new AssertionError(blocking.size() + " finding(s) at or above " + threshold + " in project "
                    + projectId + "\n\n" + report());
        }
    }

    /** The readable report: what {@code dev.tempo.report.TextReport} renders, and the message of the gate. */
    public String report() {
        return AssessmentText.render(this);
    }

    /**
     * The measured delivery in words, as every report gives it: first a heading ({@code Measured delivery
     * (the 180 days from 2026-06-01 to 2026-11-27)}), then one line per figure. Empty when the project's
     * delivery was not measured ({@link #delivery()} is null).
     */
    public List<String> deliverySummary() {
        return AssessmentText.deliverySummary(this);
    }
}
