package dev.tempo.report;

import dev.tempo.Assessment;
import dev.tempo.Finding;
import dev.tempo.Unknown;
import dev.tempo.WaivedFinding;
import dev.tempo.baseline.BaselineComparison;
import dev.tempo.baseline.Fingerprint;
import dev.tempo.model.Waiver;
import java.util.List;
import java.util.Map;

/** The readable report of an assessment, for people and for the message of a failed gate. */
public final class TextReport {
    private TextReport() {}

    /** Renders one assessment; the same assessment always gives the same text. */
    public static String render(Assessment assessment) {
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
        if (assessment.delivery() != null) {
            out.append('\n').append(DeliverySummary.heading(assessment)).append(":\n");
            DeliverySummary.lines(assessment).forEach(line -> out.append("  ").append(line).append('\n'));
        }
        out.append('\n');

        List<Finding> findings = assessment.findings();
        out.append(findings.isEmpty() ? "No findings.\n" : "Findings (" + findings.size() + "):\n");
        for (Finding finding : findings) {
            appendFinding(out, finding);
        }
        if (!assessment.waived().isEmpty()) {
            out.append("\nWaived (").append(assessment.waived().size()).append("):\n");
            for (WaivedFinding waived : assessment.waived()) {
                Finding f = waived.finding();
                out.append("  ").append(f.ruleId()).append(target(f)).append(": ").append(waived.waiver().reason())
                        .append(" (until ").append(waived.waiver().expires()).append(")\n");
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

    /** The portfolio summary of several assessments, for the end of their text reports. */
    public static String render(Portfolio portfolio) {
        StringBuilder out = new StringBuilder("Portfolio of ").append(portfolio.projects()).append(" projects: ")
                .append(portfolio.sentence()).append('\n');
        out.append("Bands:");
        portfolio.bands().forEach((band, count) -> out.append(' ').append(band).append(' ').append(count));
        out.append("\nWorst: ").append(String.join(", ", portfolio.worst())).append('\n');
        out.append("Factors (projects held back, mean score):");
        portfolio.factors().forEach((factor, s) -> out.append(' ').append(factor).append(' ').append(s.heldBack()).append(" (")
                .append(DeliverySummary.number(s.meanScore()).toPlainString()).append(')'));
        out.append("\nRules firing in the most projects:");
        portfolio.topRules().forEach((rule, count) -> out.append(' ').append(rule).append(' ').append(count));
        out.append('\n');
        portfolio.groups().forEach((value, group) -> out.append("  ").append(value).append(": ").append(group.projects())
                .append(" project(s); ").append(group.sentence()).append('\n'));
        return out.toString();
    }

    /**
     * Renders an assessment compared with a baseline: the assessment's report, then how many findings
     * are new, known and fixed, with the new and fixed ones listed.
     */
    public static String render(BaselineComparison comparison) {
        StringBuilder out = new StringBuilder(render(comparison.assessment()));
        out.append("\nAgainst the baseline: ").append(comparison.newFindings().size()).append(" new, ")
                .append(comparison.knownFindings().size()).append(" known, ").append(comparison.fixed().size()).append(" fixed\n");
        if (!comparison.newFindings().isEmpty()) {
            out.append("New (").append(comparison.newFindings().size()).append("), not in the baseline:\n");
            for (Finding f : comparison.newFindings()) {
                out.append(headline(f)).append('\n');
            }
        }
        if (!comparison.fixed().isEmpty()) {
            out.append("Fixed (").append(comparison.fixed().size())
                    .append("), in the baseline but no longer found; update the baseline to drop them:\n");
            for (Fingerprint f : comparison.fixed()) {
                out.append("  ").append(f.ruleId()).append(f.target() == null ? "" : " [" + f.target() + "]").append('\n');
            }
        }
        return out.toString();
    }

    private static void appendFinding(StringBuilder out, Finding f) {
        out.append(headline(f)).append('\n');
        for (String line : f.evidence()) {
            out.append("           - ").append(line).append('\n');
        }
        out.append("           Do: ").append(f.recommendation()).append('\n');
    }

    /** One finding on one line, as every text report lists it: {@code   HIGH     TEMPO-DATA-02 [orders]: title}. */
    public static String headline(Finding f) {
        return String.format("  %-8s %s%s: %s", f.severity(), f.ruleId(), target(f), f.title());
    }

    private static String target(Finding f) {
        return f.target() == null ? "" : " [" + f.target() + "]";
    }
}
