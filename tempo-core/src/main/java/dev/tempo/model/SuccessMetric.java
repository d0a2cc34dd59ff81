package dev.tempo.model;

/**
 * A measure of success.
 *
 * @param name   required: what is measured
 * @param target the value aimed at, free text ({@code "< 2.5%"}), or null
 * @param kind   whether it measures the business or the model; null: BUSINESS unless the name is a
 *               well-known model metric (accuracy, AUC, F1, RMSE, ...; see TEMPO-GOALS-06)
 */
public record SuccessMetric(String name, String target, MetricKind kind) {
    public SuccessMetric {
        Checks.required(name, "name");
    }

    /** A metric whose kind is left to its name. */
    public static SuccessMetric of(String name, String target) {
        return new SuccessMetric(name, target, null);
    }
}
