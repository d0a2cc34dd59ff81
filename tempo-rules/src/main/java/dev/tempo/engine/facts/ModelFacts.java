package dev.tempo.engine.facts;

import dev.tempo.Finding;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Calculations the MODEL rules (article section 5) call from {@code model.drl}. */
public final class ModelFacts {
    private ModelFacts() {}

    /**
     * One evidence line per finding, in rule-id order: {@code TEMPO-GOALS-01 holds: No business
     * objective (the why) is stated}. The list holds {@link Finding}s (as a DRL {@code collect} gives them).
     */
    public static List<String> holding(Collection<?> findings) {
        return findings.stream().map(Finding.class::cast)
                .sorted(Comparator.comparing(Finding::ruleId))
                .map(f -> f.ruleId() + " holds: " + f.title())
                .distinct()
                .toList();
    }
}
