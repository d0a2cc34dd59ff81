package dev.tempo.model;

/** Where a model is in its life. */
public enum Stage {
    RESEARCH, DEVELOPMENT, PRODUCTION, RETIRED
}
