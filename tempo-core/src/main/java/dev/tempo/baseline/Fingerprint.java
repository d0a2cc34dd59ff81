package dev.tempo.baseline;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.tempo.Finding;
import dev.tempo.model.InvalidFieldException;
import java.util.Comparator;
import java.util.Objects;

/**
 * What identifies a finding from one assessment to the next: the project, the rule and the target.
 * Never the message, the evidence, the severity or a line number, so a finding whose evidence
 * changes (a dataset grew, a date moved) is still the same finding.
 *
 * @param projectId the project's id ({@code credit-scoring})
 * @param ruleId    the rule's id ({@code TEMPO-DATA-02})
 * @param target    the dataset, model, tool, member, role or jurisdiction, or null for a project-wide finding
 */
public record Fingerprint(String projectId, String ruleId, String target) implements Comparable<Fingerprint> {

    /** Baseline order: project id, rule id, then target (project-wide first). */
    public static final Comparator<Fingerprint> ORDER = Comparator
            .comparing(Fingerprint::projectId)
            .thenComparing(Fingerprint::ruleId)
            .thenComparing(Fingerprint::target, Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * Validates the parts.
     *
     * @throws InvalidFieldException when the project id or rule id is missing or blank, or the target is blank
     */
    public Fingerprint {
        required(projectId, "projectId");
        required(ruleId, "ruleId");
        if (target != null && target.isBlank()) {
            throw new InvalidFieldException("target", "is blank; must be a name, or null for a project-wide finding");
        }
    }

    /**
     * The fingerprint of a finding of a project.
     *
     * @throws NullPointerException  when the finding is null
     * @throws InvalidFieldException when the project id is null or blank
     */
    public static Fingerprint of(String projectId, Finding finding) {
        Objects.requireNonNull(finding, "finding");
        return new Fingerprint(projectId, finding.ruleId(), finding.target());
    }

    /** An entry of a baseline file as written, bound before it is checked, so that an unknown field is reported as such. */
    private record Entry(String projectId, String ruleId, String target) {}

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private static Fingerprint fromFile(Entry entry) {
        return new Fingerprint(entry.projectId(), entry.ruleId(), entry.target());
    }

    @Override
    public int compareTo(Fingerprint other) {
        return ORDER.compare(this, other);
    }

    /** {@code credit-scoring TEMPO-DATA-02 [loan-applications]}, the target left out when project-wide. */
    @Override
    public String toString() {
        return projectId + " " + ruleId + (target == null ? "" : " [" + target + "]");
    }

    private static void required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "is required");
        }
    }
}
