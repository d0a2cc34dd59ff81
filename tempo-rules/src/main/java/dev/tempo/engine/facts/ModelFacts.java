package dev.tempo.engine.facts;

import dev.tempo.Finding;
import dev.tempo.model.Member;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Calculations the MODEL rules (article section 5) call from {@code model.drl}. */
public final class ModelFacts {
    private ModelFacts() {}

    /**
     * The median of the members' known {@code experienceYears} (for an even count, the mean of the two
     * middle values); null when no member's experience is known.
     */
    public static Double medianExperienceYears(Collection<Member> members) {
        List<Double> years = members.stream().map(Member::experienceYears).filter(Objects::nonNull).sorted().toList();
        if (years.isEmpty()) {
            return null;
        }
        int middle = years.size() / 2;
        return years.size() % 2 == 1 ? years.get(middle) : (years.get(middle - 1) + years.get(middle)) / 2;
    }

    /** How many members' {@code experienceYears} are known. */
    public static long knownExperienceCount(Collection<Member> members) {
        return members.stream().filter(m -> m.experienceYears() != null).count();
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
