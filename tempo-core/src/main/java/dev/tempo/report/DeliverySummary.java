package dev.tempo.report;

import dev.tempo.Assessment;
import dev.tempo.DeliveryMetrics;
import dev.tempo.Finding;
import dev.tempo.model.EventKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** The measured delivery of an assessment as readable lines, shared by the text and document reports. */
final class DeliverySummary {
    /** The rules that find slow or failing delivery (TEMPO-DELIVERY-07 names their causes). */
    private static final Set<String> SYMPTOMS = Set.of("TEMPO-DELIVERY-01", "TEMPO-DELIVERY-02", "TEMPO-DELIVERY-03", "TEMPO-DELIVERY-05");
    private static final String EXPLANATION = "TEMPO-DELIVERY-07";

    private DeliverySummary() {}

    /** The heading of the block: {@code Measured delivery (the 180 days from 2026-06-01 to 2026-11-27)}. */
    static String heading(Assessment assessment) {
        DeliveryMetrics d = assessment.delivery();
        return "Measured delivery (the " + d.windowDays() + " days from " + d.windowStart() + " to " + assessment.asOf() + ")";
    }

    /** The figures, one line each; empty when the project's delivery is not measured. */
    static List<String> lines(Assessment assessment) {
        DeliveryMetrics d = assessment.delivery();
        if (d == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("changes: " + d.changes() + " (" + fixed(d.changesPer30Days(), 1) + " per 30 days; one every "
                + number(d.changeIntervalDays()) + " days), rollbacks: " + d.rollbacks());
        StringBuilder lead = new StringBuilder("median lead time: ").append(days(d.medianLeadTimeDays()));
        List<String> byKind = new ArrayList<>();
        for (EventKind kind : DeliveryMetrics.CHANGE_KINDS) {
            byKind.add(kind + " " + days(d.medianLeadTimeDaysByKind().get(kind)));
        }
        lines.add(lead.append(" (").append(String.join(", ", byKind)).append(")").toString());
        lines.add("change failure rate: " + (d.changeFailureRate() == null
                ? "not judged (" + d.changesWithOutcome() + " change(s) with a known outcome)"
                : fixed(d.changeFailureRate(), 3) + " (" + d.failedChanges() + " of " + d.changesWithOutcome() + " failed)"));
        lines.add("median time to restore: " + (d.medianRestoreHours() == null ? "none measured" : number(d.medianRestoreHours()) + " hours"));
        if (!d.daysSinceLastChange().isEmpty()) {
            List<String> models = new ArrayList<>();
            for (Map.Entry<String, Long> entry : d.daysSinceLastChange().entrySet()) {
                models.add(entry.getKey() + " " + (entry.getValue() == null ? "never changed" : entry.getValue() + " days"));
            }
            lines.add("since each production model's last change: " + String.join(", ", models));
        }
        if (isUnexplained(assessment)) {
            lines.add("the causes of the slow or failing delivery are not among the declared facts (" + EXPLANATION + " found none)");
        }
        return lines;
    }

    /** Whether measured delivery is slow or failing and no declared finding explains it. */
    static boolean isUnexplained(Assessment assessment) {
        List<Finding> all = Stream.concat(assessment.findings().stream(), assessment.waived().stream().map(w -> w.finding())).toList();
        return all.stream().anyMatch(f -> SYMPTOMS.contains(f.ruleId())) && all.stream().noneMatch(f -> f.ruleId().equals(EXPLANATION));
    }

    /** A number as reports write it: no exponent, no trailing zeros ({@code 68}, {@code 68.5}). */
    static BigDecimal number(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }

    /** A number with exactly {@code decimals} decimals, rounded half up ({@code 0.375}, {@code 1.3}). */
    static BigDecimal fixed(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    private static String days(Double value) {
        return value == null ? "none measured" : number(value).toPlainString() + " days";
    }
}
