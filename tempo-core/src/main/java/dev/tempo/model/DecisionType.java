package dev.tempo.model;

/** What a model's output decides. */
public enum DecisionType {
    NONE, RECOMMENDATION, PRICING, CREDIT, EMPLOYMENT, HEALTH, INSURANCE, OTHER
}
