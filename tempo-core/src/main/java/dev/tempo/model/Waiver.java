package dev.tempo.model;

import java.time.LocalDate;

/**
 * An accepted finding: while the waiver is valid (through {@code expires}, inclusive) the finding
 * is reported as waived instead of active.
 *
 * @param rule    required: the rule id waived
 * @param reason  required: why it is accepted
 * @param expires required: the last day the waiver hides the finding
 * @param target  the dataset, model, tool, member, role or jurisdiction it is limited to, or null for every target
 */
public record Waiver(String rule, String reason, LocalDate expires, String target) {
    public Waiver {
        Checks.required(rule, "rule");
        Checks.required(reason, "reason");
        Checks.required(expires, "expires");
        Checks.date(expires, "expires");
    }

    /** Whether the waiver still hides findings on the given date. */
    public boolean isValidOn(LocalDate date) {
        return !date.isAfter(expires);
    }
}
