package dev.tempo.model;

/** Whether a model's decisions can be explained. */
public enum Explainability {
    NONE, PLANNED, IN_PLACE
}
