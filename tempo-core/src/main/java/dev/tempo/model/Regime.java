package dev.tempo.model;

/** The data-protection regime of a jurisdiction. */
public enum Regime {
    GDPR, CCPA, PIPL, LGPD, PDPA, UK_GDPR, NONE, OTHER
}
