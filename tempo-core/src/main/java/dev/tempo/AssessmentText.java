package dev.tempo;

import dev.tempo.model.EventKind;
import dev.tempo.model.Waiver;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The readable report of an assessment, for people and for the message of a failed gate: what
 * {@link Assessment#report()} returns and {@code dev.tempo.report.TextReport} renders. It lives beside
 * the assessment, not among the renderers, so that the domain never depends on the report package.
 */
final class AssessmentText {
    /** The rules that find slow or failing delivery (TEMPO-DELIVERY-07 names their causes). */
    private static final Set<String> SYMPTOMS = Set.of("TEMPO-DELIVERY-01", "TEMPO-DELIVERY-02", "TEMPO-DELIVERY-03", "TEMPO-DELIVERY-05");
    private static final String EXPLANATION = "TEMPO-DELIVERY-07";

    private AssessmentText() {}

    /** Renders one assessment; the same assessment always gives the same text. */
    static String render(Assessment assessment) {
        StringBuilder out = new StringBuilder();
        out.append("tempo assessment of ").append(assessment.projectId()).append(" as of ").append(assessment.asOf()).append('\n');
        if (!assessment.labels().isEmpty()) {
            out.append("Labels:");
            assessment.labels().forEach((key, value) -> out.append(' ').append(key).append('=').append(value));
            out.append('\n');
        }
        out.append("Tempo score ").append(assessment.scores().tempo()).append("/100: ").append(assessment.scores().band()).append('\n');
        out.append("Factor scores:");
        for (Map.Entry<?, Integer> score : assessment.scores().factors().entrySet()) {
            out.append(' ').append(score.getKey()).append(' ').append(score.getValue());
        }
        out.append('\n');
        out.append(assessment.delivery() == null
                ? "(A heuristic index of what slows tempo, from the article's factors, not a measurement of speed; no delivery history was measured.)\n"
                : "(A heuristic index of what slows tempo, from the article's factors, not a measurement of speed; DELIVERY is the measured part.)\n");
        List<String> delivery = deliverySummary(assessment);
        if (!delivery.isEmpty()) {
            out.append('\n').append(delivery.get(0)).append(":\n");
            delivery.subList(1, delivery.size()).forEach(line -> out.append("  ").append(line).append('\n'));
        }
        out.append('\n');

        List<Finding> findings = assessment.findings();
        out.append(findings.isEmpty() ? "No findings.\n" : "Findings (" + findings.size() + "):\n");
        for (Finding finding : findings) {
            out.append("  ").append(finding.headline()).append('\n');
            for (String line : finding.evidence()) {
                out.append("           - ").append(line).append('\n');
            }
            out.append("           Do: ").append(finding.recommendation()).append('\n');
        }
        if (!assessment.waived().isEmpty()) {
            out.append("\nWaived (").append(assessment.waived().size()).append("):\n");
            for (WaivedFinding waived : assessment.waived()) {
                Finding f = waived.finding();
                out.append("  ").append(f.ruleId()).append(f.target() == null ? "" : " [" + f.target() + "]").append(": ")
                        .append(waived.waiver().reason()).append(" (until ").append(waived.waiver().expires()).append(")\n");
            }
        }
        if (!assessment.expiredWaivers().isEmpty()) {
            out.append("\nExpired waivers (").append(assessment.expiredWaivers().size()).append("), hiding nothing:\n");
            for (Waiver waiver : assessment.expiredWaivers()) {
                out.append("  ").append(waiver.rule()).append(waiver.target() == null ? "" : " on " + waiver.target())
                        .append(": expired ").append(waiver.expires()).append(" (").append(waiver.reason()).append(")\n");
            }
        }
        if (!assessment.unknowns().isEmpty()) {
            out.append("\nUnknown facts (").append(assessment.unknowns().size()).append("), which kept rules from deciding:\n");
            for (Unknown unknown : assessment.unknowns()) {
                out.append("  ").append(unknown.field()).append(": ").append(String.join(", ", unknown.rules())).append('\n');
            }
        }
        return out.toString();
    }

    /** The heading of the measured delivery, then its figures one line each; empty when delivery is not measured. */
    static List<String> deliverySummary(Assessment assessment) {
        DeliveryMetrics d = assessment.delivery();
        if (d == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("Measured delivery (the " + d.windowDays() + " days from " + d.windowStart() + " to " + assessment.asOf() + ")");
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
        return List.copyOf(lines);
    }

    /** Whether measured delivery is slow or failing and no declared finding explains it. */
    private static boolean isUnexplained(Assessment assessment) {
        List<Finding> all = Stream.concat(assessment.findings().stream(), assessment.waived().stream().map(WaivedFinding::finding)).toList();
        return all.stream().anyMatch(f -> SYMPTOMS.contains(f.ruleId())) && all.stream().noneMatch(f -> f.ruleId().equals(EXPLANATION));
    }

    /** A number as reports write it: no exponent, no trailing zeros ({@code 68}, {@code 68.5}). */
    private static BigDecimal number(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }

    /** A number with exactly {@code decimals} decimals, rounded half up ({@code 0.375}, {@code 1.3}). */
    private static BigDecimal fixed(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    private static String days(Double value) {
        return value == null ? "none measured" : number(value).toPlainString() + " days";
    }
}
