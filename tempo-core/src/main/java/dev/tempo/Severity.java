package dev.tempo;

import java.util.Locale;

/** How much a finding slows a project down, from INFO to CRITICAL. */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH, CRITICAL;

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
