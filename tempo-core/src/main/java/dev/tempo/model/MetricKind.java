package dev.tempo.model;

/** What a success metric measures: the business outcome, or the model's own quality. */
public enum MetricKind {
    BUSINESS, MODEL
}
