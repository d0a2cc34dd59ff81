package dev.tempo;

import dev.tempo.model.InvalidFieldException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How findings become scores: a weight per severity, the lowest overall score of each band, and
 * the best band a project with an active CRITICAL finding can have. A weight or band limit left
 * out keeps its default.
 *
 * @param weights            points a factor loses per active finding of each severity (INFO 0, LOW 5, MEDIUM 10, HIGH 25, CRITICAL 50)
 * @param bands              the lowest overall score of FAST, STEADY and SLOW (85, 70, 50); below SLOW is STALLED
 * @param criticalCapsBandAt the best band while any CRITICAL finding is active (SLOW)
 */
public record Scoring(Map<Severity, Integer> weights, Map<Band, Integer> bands, Band criticalCapsBandAt) {

    /** The defaults of the heuristics catalogue. */
    public static final Scoring DEFAULTS = new Scoring(
            Map.of(Severity.INFO, 0, Severity.LOW, 5, Severity.MEDIUM, 10, Severity.HIGH, 25, Severity.CRITICAL, 50),
            Map.of(Band.FAST, 85, Band.STEADY, 70, Band.SLOW, 50),
            Band.SLOW);

    public Scoring {
        Map<Severity, Integer> w = new EnumMap<>(Severity.class);
        w.putAll(Map.of(Severity.INFO, 0, Severity.LOW, 5, Severity.MEDIUM, 10, Severity.HIGH, 25, Severity.CRITICAL, 50));
        if (weights != null) {
            weights.forEach((severity, weight) -> w.put(Objects.requireNonNull(severity, "weights key"), range(weight, "weights." + severity)));
        }
        weights = java.util.Collections.unmodifiableMap(w);

        Map<Band, Integer> b = new EnumMap<>(Band.class);
        b.putAll(Map.of(Band.FAST, 85, Band.STEADY, 70, Band.SLOW, 50));
        if (bands != null) {
            bands.forEach((band, limit) -> {
                if (band == Band.STALLED) {
                    throw new InvalidFieldException("bands.STALLED", "has no limit: STALLED is every score below SLOW's");
                }
                b.put(Objects.requireNonNull(band, "bands key"), range(limit, "bands." + band));
            });
        }
        if (!(b.get(Band.FAST) >= b.get(Band.STEADY) && b.get(Band.STEADY) >= b.get(Band.SLOW))) {
            throw new InvalidFieldException("bands", "is " + b + "; the limits must not increase from FAST to STEADY to SLOW");
        }
        bands = java.util.Collections.unmodifiableMap(b);
        criticalCapsBandAt = Objects.requireNonNullElse(criticalCapsBandAt, Band.SLOW);
    }

    private static int range(Integer value, String field) {
        if (value == null || value < 0 || value > 100) {
            throw new InvalidFieldException(field, "is " + value + "; must be a whole number from 0 to 100");
        }
        return value;
    }

    /** The points a factor loses for one active finding of this severity. */
    public int weight(Severity severity) {
        return weights.get(severity);
    }

    /** The band of an overall score, before the CRITICAL cap. */
    public Band bandOf(int score) {
        for (Band band : new Band[] {Band.FAST, Band.STEADY, Band.SLOW}) {
            if (score >= bands.get(band)) {
                return band;
            }
        }
        return Band.STALLED;
    }
}
