package dev.tempo.model;

/** How complex a model is; HIGH and VERY_HIGH count as complex. */
public enum Complexity {
    LOW, MEDIUM, HIGH, VERY_HIGH;

    /** Whether this complexity makes a model "complex" in the sense of the heuristics. */
    public boolean isComplex() {
        return this == HIGH || this == VERY_HIGH;
    }
}
