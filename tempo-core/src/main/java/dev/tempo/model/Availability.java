package dev.tempo.model;

/** Whether a dataset can be used by the project. */
public enum Availability {
    AVAILABLE, RESTRICTED, PENDING_ACCESS, UNAVAILABLE
}
