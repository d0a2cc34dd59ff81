package dev.tempo.engine.facts;

import dev.tempo.DeliveryMetrics;
import dev.tempo.Finding;
import dev.tempo.Thresholds;
import dev.tempo.engine.AssessmentScope;
import dev.tempo.engine.Grounds;
import dev.tempo.model.EventKind;
import dev.tempo.model.HistoryEvent;
import dev.tempo.model.Model;
import dev.tempo.model.Project;
import dev.tempo.model.Stage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the DELIVERY rules (delivery.drl) ask of the measured figures ({@link DeliveryMetrics}) and
 * of the history, and the symptom-to-cause map of TEMPO-DELIVERY-07.
 */
public final class DeliveryFacts {
    /** TEMPO-DELIVERY-07: each symptom (by the rules that find it) and the rules of its likely causes. */
    private static final Map<String, Symptom> SYMPTOMS = new LinkedHashMap<>();

    private record Symptom(Set<String> rules, List<String> causes) {}

    static {
        SYMPTOMS.put("slow changes", new Symptom(Set.of("TEMPO-DELIVERY-01", "TEMPO-DELIVERY-05"), List.of(
                "TEMPO-INFRASTRUCTURE-04", "TEMPO-INFRASTRUCTURE-05", "TEMPO-INFRASTRUCTURE-06", "TEMPO-DATA-08",
                "TEMPO-TEAM-04", "TEMPO-MODEL-02", "TEMPO-REGULATION-08")));
        SYMPTOMS.put("failing changes", new Symptom(Set.of("TEMPO-DELIVERY-02"), List.of(
                "TEMPO-DATA-02", "TEMPO-INFRASTRUCTURE-07", "TEMPO-MODEL-08", "TEMPO-MODEL-09")));
        SYMPTOMS.put("slow recovery", new Symptom(Set.of("TEMPO-DELIVERY-03"), List.of(
                "TEMPO-INFRASTRUCTURE-06", "TEMPO-INFRASTRUCTURE-07", "TEMPO-MODEL-05")));
    }

    private DeliveryFacts() {}

    /** The window as evidence names it: {@code the 180 days from 2026-06-01 to 2026-11-27}. */
    public static String window(DeliveryMetrics delivery, LocalDate asOf) {
        return "the " + delivery.windowDays() + " days from " + delivery.windowStart() + " to " + asOf;
    }

    /** The median lead time of one kind of change, or null when no change of that kind gives one. */
    public static Double medianLeadTime(DeliveryMetrics delivery, EventKind kind) {
        return delivery.medianLeadTimeDaysByKind().get(kind);
    }

    /** TEMPO-DELIVERY-01's limit for a kind of change: maxMedianLeadTimeDays, or maxMedianRetrainingLeadTimeDays for RETRAINING. */
    public static double maxLeadTime(Thresholds thresholds, EventKind kind) {
        return kind == EventKind.RETRAINING ? thresholds.maxMedianRetrainingLeadTimeDays() : thresholds.maxMedianLeadTimeDays();
    }

    /** Whether an event falls in the measured window. */
    public static boolean inWindow(HistoryEvent event, DeliveryMetrics delivery, LocalDate asOf) {
        return !event.date().isBefore(delivery.windowStart()) && !event.date().isAfter(asOf);
    }

    /** The date of the model's last change up to {@code asOf} in all history, or null when it never changed. */
    public static LocalDate lastChange(Project project, Model model, LocalDate asOf) {
        return DeliveryMetrics.lastChange(project, model.name(), asOf);
    }

    /** Whether the model had no change in the {@code maxDays} days before {@code asOf}: never, or more than {@code maxDays} ago. */
    public static boolean isStale(Project project, Model model, LocalDate asOf, int maxDays) {
        LocalDate last = lastChange(project, model, asOf);
        return last == null || ChronoUnit.DAYS.between(last, asOf) > maxDays;
    }

    /** The rules of every likely cause of TEMPO-DELIVERY-07, for its condition. */
    public static List<String> causeRules() {
        return SYMPTOMS.values().stream().flatMap(s -> s.causes().stream()).distinct().toList();
    }

    /** The rules that find a symptom of slow delivery. */
    public static List<String> symptomRules() {
        return SYMPTOMS.values().stream().flatMap(s -> s.rules().stream()).sorted().toList();
    }

    /**
     * TEMPO-DELIVERY-07's condition and evidence: one line per symptom found, naming its findings and the
     * findings of its likely causes (at MEDIUM or above), or saying that none is among the declared facts.
     * Empty (it does not hold) when no symptom has a cause: then the rule does not fire.
     *
     * @param symptoms the findings of the symptom rules
     * @param causes   the findings of the cause rules at MEDIUM or above
     */
    public static Grounds explanation(AssessmentScope tempo, Collection<?> symptoms, Collection<?> causes) {
        List<String> lines = new ArrayList<>();
        boolean explained = false;
        for (Map.Entry<String, Symptom> entry : SYMPTOMS.entrySet()) {
            List<Finding> found = findings(symptoms, entry.getValue().rules());
            if (found.isEmpty()) {
                continue;
            }
            List<Finding> because = findings(causes, Set.copyOf(entry.getValue().causes()));
            String symptom = entry.getKey() + " (" + tempo.describe(found) + ")";
            if (because.isEmpty()) {
                lines.add(symptom + ": no likely cause among the declared facts");
            } else {
                explained = true;
                lines.add(symptom + " <- " + tempo.describe(because));
            }
        }
        Grounds grounds = new Grounds();
        if (explained) {
            lines.forEach(grounds::because);
        }
        return grounds;
    }

    /** Whether one of the {@link Model} facts is known to be in PRODUCTION. */
    public static boolean anyInProduction(Collection<?> models) {
        return models.stream().anyMatch(m -> ((Model) m).stage() == Stage.PRODUCTION);
    }

    private static List<Finding> findings(Collection<?> facts, Set<String> rules) {
        return facts.stream().map(Finding.class::cast).filter(f -> rules.contains(f.ruleId())).toList();
    }
}
