package dev.tempo;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One thing that slows a project down, raised by a rule.
 *
 * @param ruleId         the id of the rule that raised it ({@code TEMPO-DATA-01})
 * @param factor         the factor it belongs to
 * @param severity       its severity, after the policy's overrides
 * @param title          what is wrong, in a manager's words
 * @param target         the dataset, model, tool, member, role or jurisdiction it is about; null when project-wide
 * @param evidence       the facts and thresholds that made it fire
 * @param recommendation what to do about it
 * @param source         the article section it comes from
 */
public record Finding(
        String ruleId,
        Factor factor,
        Severity severity,
        String title,
        String target,
        List<String> evidence,
        String recommendation,
        String source) {

    /** Report order: severity (highest first), then rule id, then target (project-wide first). */
    public static final Comparator<Finding> REPORT_ORDER = Comparator
            .comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::target, Comparator.nullsFirst(Comparator.naturalOrder()));

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The finding on one line, as the text reports list it: the severity padded to eight characters, the
     * rule id, the target in brackets when there is one, and the title ({@code HIGH     TEMPO-DATA-02 [orders]: title}).
     */
    public String headline() {
        return String.format("%-8s %s%s: %s", severity, ruleId, target == null ? "" : " [" + target + "]", title);
    }

    /** Whether the finding is at or above the given severity. */
    public boolean isAtLeast(Severity threshold) {
        return severity.isAtLeast(threshold);
    }
}
