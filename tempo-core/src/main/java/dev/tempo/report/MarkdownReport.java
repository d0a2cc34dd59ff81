package dev.tempo.report;

import dev.tempo.Assessment;
import dev.tempo.Factor;
import dev.tempo.Finding;
import dev.tempo.Severity;
import dev.tempo.WaivedFinding;
import dev.tempo.model.Waiver;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An assessment as Markdown for pull-request comments and wikis: a one-line verdict, the factor
 * scores, then the findings by factor with their details folded in {@code <details>}, the waivers and
 * the measured delivery. A hidden marker ({@code <!-- tempo-report: project -->}) lets a CI job find
 * and update its previous comment. At most {@value #MAX_LENGTH} characters (GitHub's comment limit):
 * a longer report keeps the verdict and the tables and drops the details of the lowest severities
 * first, saying what was left out.
 */
public final class MarkdownReport {
    /** The longest report: GitHub refuses comments above 65,536 characters. */
    public static final int MAX_LENGTH = 65_000;

    private MarkdownReport() {}

    /** One assessment; the same assessment always gives the same text. */
    public static String render(Assessment assessment) {
        return render(assessment, MAX_LENGTH);
    }

    /** Several assessments: the portfolio summary, then one section each, separated by rules. */
    public static String render(List<Assessment> assessments) {
        return render(assessments, Portfolio.of(assessments));
    }

    /** Several assessments with their portfolio summary. */
    public static String render(List<Assessment> assessments, Portfolio portfolio) {
        return PortfolioReport.render(PortfolioReport::markdown, assessments.stream().map(PortfolioReport.Entry::of).toList(), portfolio);
    }

    /** The smallest share of the length limit a project's part gets in a portfolio report. */
    static final int MIN_SHARE = 2_000;

    /** The portfolio summary that opens a portfolio report. */
    static String summary(Portfolio portfolio) {
        StringBuilder summary = new StringBuilder("### tempo portfolio: ").append(portfolio.projects()).append(" projects\n\n")
                .append(portfolio.sentence()).append("\n\n| band | projects |\n|---|---:|\n");
        portfolio.bands().forEach((band, count) -> summary.append("| ").append(band).append(" | ").append(count).append(" |\n"));
        summary.append("\n| factor | holds back | mean score |\n|---|---:|---:|\n");
        portfolio.factors().forEach((factor, s) -> summary.append("| ").append(factor).append(" | ").append(s.heldBack()).append(" | ")
                .append(Numbers.number(s.meanScore()).toPlainString()).append(" |\n"));
        summary.append("\nWorst: ").append(String.join(", ", portfolio.worst())).append(". Rules firing in the most projects: ")
                .append(portfolio.topRules().entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                        .collect(Collectors.joining(", "))).append(".\n");
        return summary.toString();
    }

    /** Each project's share of the length limit, after the summary. */
    static int share(String summary, int projects) {
        return Math.max(MIN_SHARE, (MAX_LENGTH - summary.length()) / Math.max(1, projects) - 10);
    }

    static String render(Assessment a, int maxLength) {
        StringBuilder head = new StringBuilder();
        head.append("<!-- tempo-report: ").append(a.projectId()).append(" -->\n");
        head.append("### tempo: ").append(a.projectId()).append(" — ").append(a.scores().tempo()).append("/100 ")
                .append(a.scores().band()).append("\n\n");
        head.append("**").append(a.scores().tempo()).append("/100 ").append(a.scores().band()).append("**");
        Map<Severity, Integer> counts = counts(a.findings());
        for (Severity severity : Severity.MOST_SEVERE_FIRST) {
            head.append(" · ").append(counts.getOrDefault(severity, 0)).append(' ').append(severity.name().toLowerCase(Locale.ROOT));
        }
        head.append(" · as of ").append(a.asOf()).append("\n\n");
        if (!a.labels().isEmpty()) {
            head.append("Labels: ").append(a.labels().entrySet().stream().map(e -> "`" + e.getKey() + "=" + e.getValue() + "`")
                    .collect(Collectors.joining(" "))).append("\n\n");
        }
        head.append("| factor | score | findings |\n|---|---:|---:|\n");
        a.scores().factors().forEach((factor, score) -> head.append("| ").append(factor).append(" | ").append(score).append(" | ")
                .append(a.findings().stream().filter(f -> f.factor().equals(factor)).count()).append(" |\n"));
        head.append("\n*The score is a heuristic index of what slows tempo, from the article's factors, not a measurement of speed"
                + (a.delivery() == null ? "; no delivery history was measured.*\n" : "; DELIVERY is the measured part.*\n"));
        if (a.delivery() != null) {
            List<String> delivery = a.deliverySummary();
            head.append("\n#### ").append(delivery.get(0)).append("\n\n");
            delivery.subList(1, delivery.size()).forEach(line -> head.append("- ").append(line).append('\n'));
        }

        StringBuilder tail = new StringBuilder();
        if (!a.waived().isEmpty()) {
            tail.append("\n#### Waived (").append(a.waived().size()).append(")\n\n");
            for (WaivedFinding w : a.waived()) {
                tail.append("- ").append(w.finding().severity()).append(' ').append(w.finding().ruleId()).append(target(w.finding()))
                        .append(": ").append(escape(w.waiver().reason())).append(" (until ").append(w.waiver().expires()).append(")\n");
            }
        }
        if (!a.expiredWaivers().isEmpty()) {
            tail.append("\n#### Expired waivers (").append(a.expiredWaivers().size()).append("), hiding nothing\n\n");
            for (Waiver w : a.expiredWaivers()) {
                tail.append("- ").append(w.rule()).append(w.target() == null ? "" : " [" + w.target() + "]").append(": expired ")
                        .append(w.expires()).append(" (").append(escape(w.reason())).append(")\n");
            }
        }

        // every finding gets a line, the most severe ones their details too, while the report fits;
        // past the limit, the lines of the least severe findings go as well, with a count
        List<Finding> bySeverity = new ArrayList<>(a.findings());
        bySeverity.sort(Finding.REPORT_ORDER);
        int budget = maxLength - head.length() - tail.length() - 600 - 40 * Factor.DEFAULT_PACK.size();
        // half the room for the details of the most severe findings, the rest for one line each
        Set<Finding> listed = new LinkedHashSet<>();
        Set<Finding> detailed = new LinkedHashSet<>();
        int detailsBudget = budget / 2;
        for (Finding f : bySeverity) {
            int line = summary(f).length() + 3;
            int full = details(f).length();
            if (full <= detailsBudget && full <= budget) {
                detailed.add(f);
                detailsBudget -= full;
                budget -= full;
            } else if (line <= budget) {
                detailsBudget = 0; // once one finding is shortened, every less severe one is too
                budget -= line;
            } else {
                break;
            }
            listed.add(f);
        }
        StringBuilder body = new StringBuilder();
        if (a.findings().isEmpty()) {
            body.append("\nNo findings.\n");
        }
        Map<Factor, List<Finding>> byFactor = new TreeMap<>();
        listed.forEach(f -> byFactor.computeIfAbsent(f.factor(), k -> new ArrayList<>()).add(f));
        for (Map.Entry<Factor, List<Finding>> entry : byFactor.entrySet()) {
            entry.getValue().sort(Finding.REPORT_ORDER);
            body.append("\n#### ").append(entry.getKey()).append(" (").append(entry.getValue().size()).append(")\n\n");
            for (Finding f : entry.getValue()) {
                body.append(detailed.contains(f) ? details(f) : "- " + summary(f) + "\n");
            }
        }
        int withoutDetails = listed.size() - detailed.size();
        int unlisted = a.findings().size() - listed.size();
        if (withoutDetails > 0 || unlisted > 0) {
            body.append("\n*To keep this report under ").append(maxLength).append(" characters, ")
                    .append(withoutDetails > 0 ? "the details of " + withoutDetails + " finding(s) of the lowest severities" : "")
                    .append(withoutDetails > 0 && unlisted > 0 ? " and " : "")
                    .append(unlisted > 0 ? unlisted + " least severe finding(s) altogether" : "")
                    .append(" are left out; the JSON report has them all.*\n");
        }
        return head.toString() + body + tail;
    }

    private static String details(Finding f) {
        StringBuilder out = new StringBuilder("<details><summary><b>").append(f.severity()).append("</b> ").append(f.ruleId())
                .append(target(f)).append(": ").append(escape(f.title())).append("</summary>\n\n");
        f.evidence().forEach(line -> out.append("- ").append(escape(line)).append('\n'));
        out.append("\n**Do:** ").append(escape(f.recommendation())).append("  \n*").append(escape(f.source())).append("*\n\n</details>\n");
        return out.toString();
    }

    private static String summary(Finding f) {
        return "**" + f.severity() + "** " + f.ruleId() + target(f) + ": " + escape(f.title());
    }

    private static String target(Finding f) {
        return f.target() == null ? "" : " [" + escape(f.target()) + "]";
    }

    /** Text that Markdown and HTML read as itself: no tags, no table breaks. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|");
    }

    private static Map<Severity, Integer> counts(List<Finding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }
}
