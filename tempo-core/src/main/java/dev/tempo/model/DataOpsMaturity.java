package dev.tempo.model;

/** How mature a project's DataOps is, from none to optimised. */
public enum DataOpsMaturity {
    NONE, AD_HOC, DEFINED, MANAGED, OPTIMIZED
}
