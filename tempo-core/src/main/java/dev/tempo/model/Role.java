package dev.tempo.model;

/** A team member's role. */
public enum Role {
    DATA_SCIENTIST, DATA_ENGINEER, ML_ENGINEER, DOMAIN_EXPERT, PROJECT_MANAGER, SOFTWARE_ENGINEER, ANALYST, OTHER
}
