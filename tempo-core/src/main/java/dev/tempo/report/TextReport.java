package dev.tempo.report;

import dev.tempo.Assessment;
import dev.tempo.Finding;
import dev.tempo.baseline.BaselineComparison;

/** The readable report of an assessment, for people and for the message of a failed gate. */
public final class TextReport {
    private TextReport() {}

    /** Renders one assessment; the same assessment always gives the same text: {@link Assessment#report()}. */
    public static String render(Assessment assessment) {
        return assessment.report();
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
                .append(Numbers.number(s.meanScore()).toPlainString()).append(')'));
        out.append("\nRules firing in the most projects:");
        portfolio.topRules().forEach((rule, count) -> out.append(' ').append(rule).append(' ').append(count));
        out.append('\n');
        portfolio.groups().forEach((value, group) -> out.append("  ").append(value).append(": ").append(group.projects())
                .append(" project(s); ").append(group.sentence()).append('\n'));
        return out.toString();
    }

    /**
     * Renders an assessment compared with a baseline: the assessment's report, then how many findings
     * are new, known and fixed, with the new and fixed ones listed: {@link BaselineComparison#report()}.
     */
    public static String render(BaselineComparison comparison) {
        return comparison.report();
    }

    /** One finding on one line, as every text report lists it: {@code   HIGH     TEMPO-DATA-02 [orders]: title}. */
    public static String headline(Finding f) {
        return "  " + f.headline();
    }
}
