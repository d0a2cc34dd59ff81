package dev.tempo;

import java.util.List;
import java.util.Locale;

/** How much a finding slows a project down, from INFO to CRITICAL. */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH, CRITICAL;

    /** Every severity, the most severe first: the order reports count and list them in. */
    public static final List<Severity> MOST_SEVERE_FIRST = List.of(CRITICAL, HIGH, MEDIUM, LOW, INFO);

    /** Whether this severity is at or above the other one. */
    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /**
     * The severity of the given name, matched case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted values when there is no such severity
     */
    public static Severity parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("\"" + name + "\" is not a severity; must be one of INFO, LOW, MEDIUM, HIGH, CRITICAL");
        }
    }
}
