package dev.tempo.model;

import java.util.Map;

/**
 * A part of a project that carries an organisation's own labels (descriptor field {@code labels}):
 * the project ({@link ProjectInfo}), datasets, models, tools and team members. Labels are free
 * key/value pairs for an organisation's own rule packs; tempo's default rules never read them.
 *
 * <pre>{@code
 * rule "ORG-01" ... when $m : Model( stage == Stage.PRODUCTION, label("owner") == null ) then ... end
 * }</pre>
 */
public interface Labelled {
    /** The labels, sorted by key; empty when none are declared. */
    Map<String, String> labels();

    /** The value of one label, or null when it is not declared. */
    default String label(String key) {
        return labels().get(key);
    }

    /** Whether the label is declared (with any value). */
    default boolean hasLabel(String key) {
        return labels().containsKey(key);
    }
}
