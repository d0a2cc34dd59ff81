package dev.tempo.report;

import dev.tempo.Assessment;
import dev.tempo.Band;
import dev.tempo.Factor;
import dev.tempo.Finding;
import dev.tempo.Scoring;
import dev.tempo.Severity;
import dev.tempo.WaivedFinding;
import dev.tempo.model.Waiver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An assessment as one self-contained HTML page anyone can open: inline CSS and SVG, no script and
 * nothing fetched from a network, so it works from {@code file://}, prints well and follows the
 * reader's dark mode. At the top the tempo score and band, the counts by severity and the factor
 * scores as horizontal bars sorted from slowest to fastest on a 0-100 axis with the band limits
 * marked (each bar links to its factor's findings); then the findings by factor, each with an anchor
 * ({@code #TEMPO-DATA-02-loan-applications}); the waivers; the measured delivery; and the assessment's
 * JSON in a {@code <script type="application/json">} block, so the page is machine-readable too.
 * Severity is written as a word and a shape, never by colour alone.
 */
public final class HtmlReport {
    private static final int WIDTH = 640;
    private static final int LEFT = 130;
    private static final int BAR = 22;

    private HtmlReport() {}

    /**
     * One assessment as a page.
     *
     * @param scoring the policy's scoring, whose band limits the chart marks
     */
    public static String render(Assessment a, Scoring scoring) {
        StringBuilder page = new StringBuilder(16_384);
        head(page, "tempo: " + a.projectId() + " — " + a.scores().tempo() + "/100 " + a.scores().band());
        body(page, a, scoring);
        page.append("</main>\n<script type=\"application/json\" id=\"tempo-assessment\">\n")
                .append(JsonReport.render(a).replace("</", "<\\/")).append("</script>\n</body>\n</html>\n");
        return page.toString();
    }

    /** The start of a page, up to and including {@code <main>}. */
    private static void head(StringBuilder page, String title) {
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n");
    }

    /** What a project's page shows: the verdict, the chart, measured delivery, the findings and the waivers. */
    private static void body(StringBuilder page, Assessment a, Scoring scoring) {
        page.append("<header>\n<h1>tempo: ").append(escape(a.projectId())).append("</h1>\n<p class=\"verdict\"><span class=\"score\">")
                .append(a.scores().tempo()).append("/100</span> <span class=\"band band-").append(a.scores().band().name().toLowerCase(Locale.ROOT))
                .append("\">").append(a.scores().band()).append("</span> · as of ").append(a.asOf()).append("</p>\n<p class=\"counts\">");
        for (Severity severity : Severity.MOST_SEVERE_FIRST) {
            long count = a.findings().stream().filter(f -> f.severity() == severity).count();
            page.append("<span class=\"sev sev-").append(severity.name().toLowerCase(Locale.ROOT)).append("\">").append(shape(severity))
                    .append(' ').append(count).append(' ').append(severity.name().toLowerCase(Locale.ROOT)).append("</span> ");
        }
        page.append("</p>\n");
        if (!a.labels().isEmpty()) {
            page.append("<p class=\"labels\">");
            a.labels().forEach((k, v) -> page.append("<code>").append(escape(k)).append('=').append(escape(v)).append("</code> "));
            page.append("</p>\n");
        }
        page.append("</header>\n");
        chart(page, a, scoring);
        page.append("<p class=\"note\">The score is a heuristic index of what slows tempo, from the article's factors, not a")
                .append(" measurement of speed").append(a.delivery() == null ? "; no delivery history was measured."
                        : "; DELIVERY is the measured part.").append("</p>\n");
        if (a.delivery() != null) {
            List<String> delivery = a.deliverySummary();
            page.append("<section id=\"delivery\">\n<h2>").append(escape(delivery.get(0))).append("</h2>\n<ul>\n");
            delivery.subList(1, delivery.size()).forEach(line -> page.append("<li>").append(escape(line)).append("</li>\n"));
            page.append("</ul>\n</section>\n");
        }
        findings(page, a);
        waivers(page, a);
    }

    /**
     * Several assessments as one page: the portfolio summary and a table of the projects (worst first),
     * each linking to its own report further down, whose anchors are prefixed with the project id.
     */
    public static String render(List<Assessment> assessments, Portfolio portfolio, Scoring scoring) {
        return PortfolioReport.render(out -> PortfolioReport.html(out, scoring), assessments.stream().map(PortfolioReport.Entry::of).toList(),
                portfolio);
    }

    /** What the portfolio table shows of one project: all a streamed page keeps of it. */
    record Row(String projectId, int score, Band band, String slowest) {
        static Row of(Assessment a) {
            Factor slowest = a.scores().factors().entrySet().stream().min(Map.Entry.<Factor, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
            return new Row(a.projectId(), a.scores().tempo(), a.scores().band(), slowest == null ? "" : slowest + " " + a.scores().factors().get(slowest));
        }
    }

    /** The page up to the projects' sections: head, portfolio summary and the table of projects, worst first. */
    static String top(Portfolio portfolio, List<Row> rows) {
        StringBuilder page = new StringBuilder(65_536);
        head(page, "tempo portfolio: " + portfolio.projects() + " projects");
        page.append("<header>\n<h1>tempo portfolio: ").append(portfolio.projects()).append(" projects</h1>\n<p class=\"verdict\">")
                .append(escape(portfolio.sentence())).append("</p>\n</header>\n<section id=\"portfolio\">\n<table>\n")
                .append("<thead><tr><th>project</th><th>score</th><th>band</th><th>slowest factor</th></tr></thead>\n<tbody>\n");
        for (Row r : rows.stream().sorted(Comparator.comparingInt(Row::score).thenComparing(Row::projectId)).toList()) {
            page.append("<tr><td><a href=\"#project-").append(id(r.projectId())).append("\">").append(escape(r.projectId()))
                    .append("</a></td><td>").append(r.score()).append("</td><td>").append(r.band()).append("</td><td>")
                    .append(r.slowest()).append("</td></tr>\n");
        }
        page.append("</tbody>\n</table>\n<p class=\"note\">Projects each factor holds back: ");
        List<String> held = new ArrayList<>();
        portfolio.factors().forEach((factor, s) -> held.add(factor + " " + s.heldBack()));
        page.append(escape(String.join(", ", held))).append(". Rules firing in the most projects: ");
        List<String> rules = new ArrayList<>();
        portfolio.topRules().forEach((rule, count) -> rules.add(rule + " (" + count + ")"));
        page.append(escape(String.join(", ", rules))).append(".</p>\n</section>\n");
        return page.toString();
    }

    /** One project's section of a portfolio page, its anchors prefixed with the project id. */
    static String section(Assessment a, Scoring scoring) {
        StringBuilder project = new StringBuilder(16_384);
        body(project, a, scoring);
        String body = project.toString();
        String prefix = id(a.projectId()) + "-";
        body = body.replace("id=\"", "id=\"" + prefix).replace("href=\"#", "href=\"#" + prefix)
                .replace("aria-labelledby=\"", "aria-labelledby=\"" + prefix).replace("<h1>", "<h2>").replace("</h1>", "</h2>");
        return "<section class=\"project\" id=\"project-" + id(a.projectId()) + "\">\n" + body + "</section>\n";
    }

    private static String id(String text) {
        return text.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** The factor scores as horizontal bars, slowest first, on a 0-100 axis with the band limits marked. */
    private static void chart(StringBuilder page, Assessment a, Scoring scoring) {
        List<Map.Entry<Factor, Integer>> scores = new ArrayList<>(a.scores().factors().entrySet());
        scores.sort(Map.Entry.<Factor, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        int height = 30 + scores.size() * (BAR + 8) + 24;
        int plot = WIDTH - LEFT - 50;
        page.append("<figure id=\"factors\">\n<figcaption>Factor scores, slowest first (0-100; band limits marked)</figcaption>\n")
                .append("<svg role=\"img\" aria-labelledby=\"chart-title\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\">\n<title id=\"chart-title\">Factor scores of ")
                .append(escape(a.projectId())).append("</title>\n");
        for (Band band : List.of(Band.SLOW, Band.STEADY, Band.FAST)) {
            int limit = scoring.bands().get(band);
            int x = LEFT + plot * limit / 100;
            page.append("<line class=\"limit\" x1=\"").append(x).append("\" y1=\"18\" x2=\"").append(x).append("\" y2=\"").append(height - 22)
                    .append("\"/><text class=\"limit-label\" x=\"").append(x).append("\" y=\"12\" text-anchor=\"middle\">")
                    .append(band).append(' ').append(limit).append("</text>\n");
        }
        int y = 24;
        for (Map.Entry<Factor, Integer> entry : scores) {
            int width = Math.max(1, plot * entry.getValue() / 100);
            page.append("<a href=\"#factor-").append(entry.getKey().id()).append("\"><g class=\"bar\">")
                    .append("<text class=\"factor\" x=\"").append(LEFT - 8).append("\" y=\"").append(y + 16).append("\" text-anchor=\"end\">")
                    .append(entry.getKey()).append("</text><rect x=\"").append(LEFT).append("\" y=\"").append(y).append("\" width=\"")
                    .append(width).append("\" height=\"").append(BAR).append("\"/><text class=\"value\" x=\"").append(LEFT + width + 6)
                    .append("\" y=\"").append(y + 16).append("\">").append(entry.getValue()).append("</text></g></a>\n");
            y += BAR + 8;
        }
        page.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(height - 22).append("\" x2=\"").append(LEFT + plot)
                .append("\" y2=\"").append(height - 22).append("\"/><text class=\"limit-label\" x=\"").append(LEFT).append("\" y=\"")
                .append(height - 6).append("\" text-anchor=\"middle\">0</text><text class=\"limit-label\" x=\"").append(LEFT + plot)
                .append("\" y=\"").append(height - 6).append("\" text-anchor=\"middle\">100</text>\n</svg>\n</figure>\n");
    }

    private static void findings(StringBuilder page, Assessment a) {
        page.append("<section id=\"findings\">\n<h2>Findings (").append(a.findings().size()).append(")</h2>\n");
        if (a.findings().isEmpty()) {
            page.append("<p>No findings.</p>\n");
        }
        // the scored factors in chart order, then any factor with findings but no score (DELIVERY unmeasured)
        Set<Factor> factors = new LinkedHashSet<>(a.scores().factors().keySet());
        a.findings().stream().map(Finding::factor).sorted().forEach(factors::add);
        for (Factor factor : factors) {
            List<Finding> of = a.findings().stream().filter(f -> f.factor().equals(factor)).sorted(Finding.REPORT_ORDER).toList();
            Integer score = a.scores().factors().get(factor);
            page.append("<section class=\"factor\" id=\"factor-").append(factor.id()).append("\">\n<h3>").append(factor).append(" — ")
                    .append(score == null ? "not scored" : score + "/100").append("</h3>\n");
            if (of.isEmpty()) {
                page.append("<p class=\"none\">No findings.</p>\n");
            }
            for (Finding f : of) {
                String severity = f.severity().name().toLowerCase(Locale.ROOT);
                page.append("<article class=\"finding\" id=\"").append(anchor(f)).append("\">\n<h4><span class=\"sev sev-").append(severity)
                        .append("\">").append(shape(f.severity())).append(' ').append(f.severity()).append("</span> <a href=\"#")
                        .append(anchor(f)).append("\">").append(f.ruleId()).append("</a>").append(f.target() == null ? ""
                                : " <span class=\"target\">" + escape(f.target()) + "</span>").append(": ").append(escape(f.title()))
                        .append("</h4>\n<ul>\n");
                f.evidence().forEach(line -> page.append("<li>").append(escape(line)).append("</li>\n"));
                page.append("</ul>\n<p><strong>Do:</strong> ").append(escape(f.recommendation())).append("</p>\n<p class=\"source\">")
                        .append(escape(f.source())).append("</p>\n</article>\n");
            }
            page.append("</section>\n");
        }
        page.append("</section>\n");
    }

    private static void waivers(StringBuilder page, Assessment a) {
        if (!a.waived().isEmpty()) {
            page.append("<section id=\"waived\">\n<h2>Waived (").append(a.waived().size()).append(")</h2>\n<ul>\n");
            for (WaivedFinding w : a.waived()) {
                page.append("<li>").append(w.finding().severity()).append(' ').append(w.finding().ruleId())
                        .append(w.finding().target() == null ? "" : " [" + escape(w.finding().target()) + "]").append(": ")
                        .append(escape(w.waiver().reason())).append(" (until ").append(w.waiver().expires()).append(")</li>\n");
            }
            page.append("</ul>\n</section>\n");
        }
        if (!a.expiredWaivers().isEmpty()) {
            page.append("<section id=\"expired\">\n<h2>Expired waivers (").append(a.expiredWaivers().size()).append("), hiding nothing</h2>\n<ul>\n");
            for (Waiver w : a.expiredWaivers()) {
                page.append("<li>").append(w.rule()).append(w.target() == null ? "" : " [" + escape(w.target()) + "]").append(": expired ")
                        .append(w.expires()).append(" (").append(escape(w.reason())).append(")</li>\n");
            }
            page.append("</ul>\n</section>\n");
        }
    }

    /** The anchor of a finding: its rule id and target, every character outside [A-Za-z0-9_-] a {@code -}. */
    public static String anchor(Finding f) {
        return id(f.ruleId() + (f.target() == null ? "" : "-" + f.target()));
    }

    /** A shape per severity, so that severity is never told by colour alone. */
    private static String shape(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "&#x2716;";
            case HIGH -> "&#x25B2;";
            case MEDIUM -> "&#x25C6;";
            case LOW -> "&#x25CF;";
            case INFO -> "&#x2139;";
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Text colours on their backgrounds keep a contrast of at least 4.5:1 in both schemes. */
    private static final String STYLE = """
            :root { color-scheme: light dark; --fg: #1b1b1b; --bg: #ffffff; --muted: #4a4a4a; --bar: #2f5d8a; --line: #8a8a8a;
              --critical: #8b0000; --high: #9a3412; --medium: #7a5900; --low: #285e2a; --info: #2b4c7e; }
            @media (prefers-color-scheme: dark) {
              :root { --fg: #ececec; --bg: #161616; --muted: #c2c2c2; --bar: #7fb0e0; --line: #9a9a9a;
                --critical: #ff9b9b; --high: #ffb27a; --medium: #f2d16b; --low: #9ad89d; --info: #a9c6f5; } }
            body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, sans-serif; }
            main { max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
            h1 { margin: .2rem 0; font-size: 1.6rem; } h2 { margin-top: 2rem; } h3 { border-bottom: 1px solid var(--line); }
            .verdict { font-size: 1.3rem; margin: .2rem 0; } .score { font-weight: 700; }
            .counts .sev { margin-right: .8rem; } .note, .source, .none { color: var(--muted); }
            .sev { font-weight: 700; } .sev-critical { color: var(--critical); } .sev-high { color: var(--high); }
            .sev-medium { color: var(--medium); } .sev-low { color: var(--low); } .sev-info { color: var(--info); }
            .target { font-family: ui-monospace, monospace; }
            svg text { fill: var(--fg); font-size: 13px; } svg .limit-label { fill: var(--muted); font-size: 11px; }
            svg rect { fill: var(--bar); } svg .limit { stroke: var(--line); stroke-dasharray: 4 3; } svg .axis { stroke: var(--line); }
            svg a:focus rect, svg a:hover rect { opacity: .8; }
            article.finding { border-left: 3px solid var(--line); padding: .1rem 0 .1rem .8rem; margin: 1rem 0; break-inside: avoid; }
            a { color: inherit; } table { border-collapse: collapse; } th, td { text-align: left; padding: .2rem .8rem .2rem 0; }
            section.project { border-top: 2px solid var(--line); margin-top: 2.5rem; }
            @media print { body { font-size: 11pt; } main { max-width: none; } a { text-decoration: none; } }
            """;
}
