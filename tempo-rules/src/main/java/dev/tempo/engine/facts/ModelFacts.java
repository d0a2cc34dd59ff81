package dev.tempo.engine.facts;

import dev.tempo.Finding;
import dev.tempo.model.Model;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Calculations the MODEL rules (article section 5) call from {@code model.drl}. */
public final class ModelFacts {
    private ModelFacts() {}

    /**
     * The day a model's experiment timebox ends: its {@code experimentStartedOn} (or, when absent, the
     * project's {@code startedOn}) plus {@code experimentTimeboxDays}; null when the timebox or both
     * start dates are unknown.
     */
    public static LocalDate timeboxEnd(Model model, LocalDate projectStartedOn) {
        LocalDate start = model.experimentStartedOn() != null ? model.experimentStartedOn() : projectStartedOn;
        return start == null || model.experimentTimeboxDays() == null ? null : start.plusDays(model.experimentTimeboxDays());
    }

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
