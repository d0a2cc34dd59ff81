package dev.tempo;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The scores of an assessment.
 *
 * <p>A factor's score is 100 minus the weights of its active findings, at least 0. The tempo score
 * is the rounded mean of the lowest factor score and the mean of all factor scores: tempo is held
 * back by its slowest factor. The band follows from the tempo score and the policy's limits; any
 * active CRITICAL finding caps it. Fixing a finding can never lower a score.
 *
 * @param factors the score of each factor, the article's seven first
 * @param tempo   the overall tempo score, 0 to 100
 * @param band    the overall band
 */
public record Scores(Map<Factor, Integer> factors, int tempo, Band band) {

    public Scores {
        factors = Collections.unmodifiableMap(new LinkedHashMap<>(factors));
    }

    /**
     * Scores active findings.
     *
     * @param active  the active (not waived, not disabled) findings
     * @param factors the factors to score besides those of the findings; the article's seven are always scored
     * @param scoring the weights and band limits
     */
    public static Scores of(List<Finding> active, Collection<Factor> factors, Scoring scoring) {
        TreeSet<Factor> scored = new TreeSet<>(Factor.STANDARD);
        scored.addAll(factors);
        active.forEach(finding -> scored.add(finding.factor()));

        Map<Factor, Integer> byFactor = new LinkedHashMap<>();
        for (Factor factor : scored) {
            int lost = active.stream().filter(f -> f.factor().equals(factor)).mapToInt(f -> scoring.weight(f.severity())).sum();
            byFactor.put(factor, Math.max(0, 100 - lost));
        }
        int lowest = Collections.min(byFactor.values());
        double mean = byFactor.values().stream().mapToInt(Integer::intValue).average().orElse(100);
        int tempo = (int) Math.round((lowest + mean) / 2);

        Band band = scoring.bandOf(tempo);
        boolean critical = active.stream().anyMatch(f -> f.severity() == Severity.CRITICAL);
        if (critical && band.compareTo(scoring.criticalCapsBandAt()) < 0) {
            band = scoring.criticalCapsBandAt();
        }
        return new Scores(byFactor, tempo, band);
    }
}
