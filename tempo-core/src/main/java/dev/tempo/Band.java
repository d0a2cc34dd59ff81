package dev.tempo;

/** The overall tempo, from fastest to slowest. */
public enum Band {
    FAST, STEADY, SLOW, STALLED
}
