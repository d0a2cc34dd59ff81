package dev.tempo.model;

/**
 * A business measure of success.
 *
 * @param name   required: what is measured
 * @param target the value aimed at, free text ({@code "< 2.5%"}), or null
 */
public record SuccessMetric(String name, String target) {
    public SuccessMetric {
        Checks.required(name, "name");
    }
}
