package dev.tempo.model;

/** How a dataset reaches the project. */
public enum Pipeline {
    AUTOMATED, MANUAL
}
