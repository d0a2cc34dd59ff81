package dev.tempo.report;

import dev.tempo.Assessment;
import dev.tempo.Band;
import dev.tempo.Factor;
import dev.tempo.Finding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What several assessed projects say together: how many in each band, the worst ones, the factor
 * that holds back the most projects and the rules that fire in the most. Ties are broken by id
 * and factor order, so the same projects always give the same summary.
 *
 * @param projects      how many projects
 * @param bands         how many projects in each band
 * @param worst         up to 10 project ids, lowest tempo score first (ties by id)
 * @param factors       per factor: how many projects it holds back (its score is their lowest; ties count for every
 *                      tied factor) and its mean score over the projects that score it
 * @param topRules      up to 10 rule ids with the number of projects they fire in, most first (ties by id)
 * @param slowestFactor the factor that holds back the most projects (ties: lower mean score, then factor order); null
 *                      without projects
 * @param groups        the same summary per value of the label given to {@link #of(List, String)} ("(none)" for projects
 *                      without it); empty otherwise
 */
public record Portfolio(
        int projects,
        Map<Band, Integer> bands,
        List<String> worst,
        Map<Factor, FactorSummary> factors,
        Map<String, Integer> topRules,
        Factor slowestFactor,
        Map<String, Portfolio> groups) {

    /** Lowest tempo score first, ties by project id: the order of {@link #worst} and of the reports' project tables. */
    public static final Comparator<Assessment> WORST_FIRST =
            Comparator.comparingInt((Assessment a) -> a.scores().tempo()).thenComparing(Assessment::projectId);

    /** The value that stands for "no such label" in {@link #groups}. */
    public static final String NO_LABEL = "(none)";

    /**
     * One factor across the projects.
     *
     * @param heldBack  projects whose lowest score is this factor's
     * @param meanScore the mean of its scores, rounded half up to one decimal
     */
    public record FactorSummary(int heldBack, double meanScore) {}

    public Portfolio {
        bands = Collections.unmodifiableMap(new EnumMap<>(bands));
        worst = List.copyOf(worst);
        factors = Collections.unmodifiableMap(new LinkedHashMap<>(factors));
        topRules = Collections.unmodifiableMap(new LinkedHashMap<>(topRules));
        groups = Collections.unmodifiableMap(new TreeMap<>(groups));
    }

    /** The summary of the assessments. */
    public static Portfolio of(List<Assessment> assessments) {
        return of(assessments, null);
    }

    /**
     * The summary of the assessments, and the same per value of a project label (for example the
     * owning team), when {@code groupBy} is not null.
     */
    public static Portfolio of(List<Assessment> assessments, String groupBy) {
        Accumulator accumulator = new Accumulator(groupBy);
        assessments.forEach(accumulator::add);
        return accumulator.portfolio();
    }

    /**
     * Builds a portfolio one assessment at a time, keeping only counts and sums (and the ten worst
     * projects), so that its memory does not grow with the number of projects: what a report
     * streaming thousands of projects needs. Not thread-safe.
     */
    public static final class Accumulator {
        private final String groupBy;
        private final Map<String, Accumulator> groups = new TreeMap<>();
        private final Map<Band, Integer> bands = new EnumMap<>(Band.class);
        /** The ten worst so far, worst first: score and id. */
        private final List<Assessment> worst = new ArrayList<>();
        private final Map<Factor, long[]> factors = new TreeMap<>(); // sum of scores, count, held back
        private final Map<String, Integer> firing = new TreeMap<>();
        private int projects;

        /** An empty portfolio; with {@code groupBy}, also one per value of that project label. */
        public Accumulator(String groupBy) {
            this.groupBy = groupBy;
            for (Band band : Band.values()) {
                bands.put(band, 0);
            }
        }

        /** Adds one project's assessment. */
        public void add(Assessment a) {
            if (groupBy != null) {
                groups.computeIfAbsent(a.labels().getOrDefault(groupBy, NO_LABEL), v -> new Accumulator(null)).add(a);
            }
            projects++;
            bands.merge(a.scores().band(), 1, Integer::sum);
            worst.add(slim(a));
            worst.sort(WORST_FIRST);
            if (worst.size() > 10) {
                worst.remove(10);
            }
            Map<Factor, Integer> of = a.scores().factors();
            Integer lowest = of.isEmpty() ? null : Collections.min(of.values());
            of.forEach((factor, score) -> {
                long[] sums = factors.computeIfAbsent(factor, f -> new long[3]);
                sums[0] += score;
                sums[1]++;
                sums[2] += score.equals(lowest) ? 1 : 0;
            });
            a.findings().stream().map(Finding::ruleId).distinct().forEach(id -> firing.merge(id, 1, Integer::sum));
        }

        /** The portfolio of the projects added so far. */
        public Portfolio portfolio() {
            Map<Factor, FactorSummary> summaries = new LinkedHashMap<>();
            factors.forEach((factor, sums) -> summaries.put(factor, new FactorSummary((int) sums[2],
                    BigDecimal.valueOf((double) sums[0] / sums[1]).setScale(1, RoundingMode.HALF_UP).doubleValue())));
            Map<String, Integer> topRules = firing.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(10).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x, LinkedHashMap::new));
            Factor slowest = summaries.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<Factor, FactorSummary> e) -> e.getValue().heldBack()).reversed()
                            .thenComparingDouble(e -> e.getValue().meanScore()).thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            Map<String, Portfolio> byValue = new TreeMap<>();
            groups.forEach((value, group) -> byValue.put(value, group.portfolio()));
            return new Portfolio(projects, bands, worst.stream().map(Assessment::projectId).toList(), summaries, topRules, slowest, byValue);
        }

        /** What {@link #WORST_FIRST} reads of an assessment, without its findings. */
        private static Assessment slim(Assessment a) {
            return new Assessment(a.projectId(), a.asOf(), List.of(), List.of(), List.of(), List.of(), a.scores(), null, Map.of());
        }
    }

    /** The finding in one sentence: {@code DATA holds back 3 of 8 projects (mean score 71.9), more than any other factor.} */
    public String sentence() {
        if (slowestFactor == null) {
            return "No project was assessed.";
        }
        FactorSummary s = Objects.requireNonNull(factors.get(slowestFactor));
        return slowestFactor + " holds back " + s.heldBack() + " of " + projects + " project(s) (mean score "
                + Numbers.number(s.meanScore()).toPlainString() + "), more than any other factor.";
    }
}
