package dev.tempo.model;

/** A kind of delivery event in a project's history. */
public enum EventKind {
    DEPLOYMENT, RETRAINING, ROLLBACK, INCIDENT_RESOLVED
}
