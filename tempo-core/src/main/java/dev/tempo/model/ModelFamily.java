package dev.tempo.model;

/** The family a model belongs to. */
public enum ModelFamily {
    LINEAR, TREE, GRADIENT_BOOSTING, DEEP_LEARNING, ENSEMBLE, LLM, OTHER
}
