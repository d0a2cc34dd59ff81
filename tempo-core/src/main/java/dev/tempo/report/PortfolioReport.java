package dev.tempo.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tempo.Assessment;
import dev.tempo.Finding;
import dev.tempo.RuleInfo;
import dev.tempo.Scoring;
import dev.tempo.Severity;
import dev.tempo.WaivedFinding;
import dev.tempo.baseline.BaselineComparison;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A report of several projects written as they are assessed, so that memory does not grow with
 * the number of projects: each project's part is written (or, where the format puts the portfolio
 * summary first, spooled to a temporary file) when it is {@link #add added}, and the portfolio
 * summary when the report is {@link #finish finished}. Only small per-project figures stay in
 * memory (an id, scores and counts); the output is byte for byte what the list-taking
 * {@code render} methods of each report give, which are written with it.
 *
 * <pre>{@code
 * Portfolio.Accumulator portfolio = new Portfolio.Accumulator(null);
 * try (PortfolioReport report = PortfolioReport.json(out, null)) {
 *     for (Project p : projects) {                       // read one at a time
 *         Assessment a = tempo.assess(p, asOf);
 *         portfolio.add(a);
 *         report.add(PortfolioReport.Entry.of(a));
 *     }
 *     report.finish(portfolio.portfolio());
 * }
 * }</pre>
 *
 * <p>Not thread-safe: add the projects in the order they are to be reported. Closing deletes the
 * temporary files; it does not close the writer.
 */
public abstract class PortfolioReport implements Closeable {
    private final List<Path> spools = new ArrayList<>();

    private PortfolioReport() {}

    /**
     * One project of the report.
     *
     * @param assessment its assessment
     * @param comparison its comparison with a baseline, or null (only JSON and text report it)
     * @param file       the file it was read from, or null (CSV needs it)
     * @param sarif      where its findings are in its descriptor, or null (SARIF needs it)
     */
    public record Entry(Assessment assessment, BaselineComparison comparison, String file, SarifReport.Input sarif) {
        public Entry {
            Objects.requireNonNull(assessment, "assessment");
        }

        /** A project with its assessment only. */
        public static Entry of(Assessment assessment) {
            return new Entry(assessment, null, null, null);
        }
    }

    /** Each project's text report, then the portfolio's. */
    public static PortfolioReport text(Writer out) {
        return new Text(out);
    }

    /** {@code {"projects": [...], "portfolio": {...}}}; with a baseline file, each project compared with it. */
    public static PortfolioReport json(Writer out, String baselineFile) {
        return new Json(out, baselineFile);
    }

    /** One row per project; see {@link CsvReport}. */
    public static PortfolioReport csv(Writer out) {
        return new Csv(out);
    }

    /** The portfolio summary, then each project's Markdown report, within {@link MarkdownReport#MAX_LENGTH} as far as can be. */
    public static PortfolioReport markdown(Writer out) {
        return new Markdown(out);
    }

    /** One page: the portfolio summary and table, then each project; see {@link HtmlReport}. */
    public static PortfolioReport html(Writer out, Scoring scoring) {
        return new Html(out, scoring);
    }

    /** One SARIF run; see {@link SarifReport}. */
    public static PortfolioReport sarif(Writer out, List<RuleInfo> rules, String toolVersion) {
        return new Sarif(out, rules, toolVersion);
    }

    /**
     * Writes (or spools) one project's part.
     *
     * @throws UncheckedIOException when writing fails
     */
    public abstract void add(Entry entry);

    /**
     * Writes the rest: the portfolio summary and whatever was spooled, in the format's order.
     *
     * @throws UncheckedIOException when writing fails
     */
    public abstract void finish(Portfolio portfolio);

    /** Deletes the temporary files. */
    @Override
    public void close() {
        for (Path spool : spools) {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException e) {
                // a temporary file left behind is not worth failing a report for
            }
        }
    }

    Writer spool() {
        try {
            Path file = Files.createTempFile("tempo-report-", ".spool");
            spools.add(file);
            file.toFile().deleteOnExit();
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the report", e);
        }
    }

    BufferedReader reread(int index) throws IOException {
        return Files.newBufferedReader(spools.get(index), StandardCharsets.UTF_8);
    }

    static void copy(BufferedReader from, Writer to) throws IOException {
        char[] buffer = new char[8192];
        for (int n; (n = from.read(buffer)) > 0; ) {
            to.write(buffer, 0, n);
        }
    }

    private static final class Text extends PortfolioReport {
        private final Writer out;
        private boolean first = true;

        Text(Writer out) {
            this.out = out;
        }

        @Override
        public void add(Entry entry) {
            try {
                out.write((first ? "" : "\n") + (entry.comparison() == null ? TextReport.render(entry.assessment())
                        : TextReport.render(entry.comparison())));
                first = false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish(Portfolio portfolio) {
            try {
                out.write("\n" + TextReport.render(portfolio));
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Json extends PortfolioReport {
        private final Writer out;
        private final String baselineFile;
        private final JsonGenerator json;

        Json(Writer out, String baselineFile) {
            this.out = out;
            this.baselineFile = baselineFile;
            try {
                this.json = JsonReport.generator(out);
                json.writeStartObject();
                json.writeFieldName("projects");
                json.writeStartArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void add(Entry entry) {
            try {
                json.writeTree(entry.comparison() == null ? JsonReport.toJson(entry.assessment())
                        : JsonReport.toJson(entry.comparison(), baselineFile));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish(Portfolio portfolio) {
            try {
                json.writeEndArray();
                json.writeFieldName("portfolio");
                json.writeTree(JsonReport.toJson(portfolio));
                json.writeEndObject();
                json.flush();
                out.write("\n");
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Csv extends PortfolioReport {
        private final Writer out;
        private final List<CsvReport.Row> rows = new ArrayList<>();

        Csv(Writer out) {
            this.out = out;
        }

        @Override
        public void add(Entry entry) {
            rows.add(CsvReport.Row.of(entry.assessment(), Objects.requireNonNull(entry.file(), "a CSV row needs the file")));
        }

        @Override
        public void finish(Portfolio portfolio) {
            try {
                out.write(CsvReport.render(rows));
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Markdown gives each project an equal share of the length limit, which is the 2,000-character
     * floor from {@value #STREAMING_FROM} projects on: until then the assessments are kept (at most
     * that many), from then on each project is written to the spool as it comes.
     */
    private static final class Markdown extends PortfolioReport {
        private static final int STREAMING_FROM = MarkdownReport.MAX_LENGTH / MarkdownReport.MIN_SHARE + 1;
        private final Writer out;
        private final List<Assessment> kept = new ArrayList<>();
        private Writer spool;

        Markdown(Writer out) {
            this.out = out;
        }

        @Override
        public void add(Entry entry) {
            try {
                if (spool == null) {
                    kept.add(entry.assessment());
                    if (kept.size() < STREAMING_FROM) {
                        return;
                    }
                    spool = spool();
                    for (Assessment a : kept) {
                        write(a);
                    }
                    kept.clear();
                } else {
                    write(entry.assessment());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A part as its length on a line, then its text. */
        private void write(Assessment a) throws IOException {
            String part = MarkdownReport.render(a, MarkdownReport.MIN_SHARE);
            spool.write(part.length() + "\n" + part);
        }

        @Override
        public void finish(Portfolio portfolio) {
            try {
                String summary = MarkdownReport.summary(portfolio);
                out.write(summary);
                if (spool == null) {
                    int each = MarkdownReport.share(summary, kept.size());
                    for (Assessment a : kept) {
                        out.write("\n---\n\n" + MarkdownReport.render(a, each));
                    }
                } else {
                    spool.close();
                    try (BufferedReader in = reread(0)) {
                        for (String length; (length = in.readLine()) != null; ) {
                            char[] part = new char[Integer.parseInt(length)];
                            for (int read = 0; read < part.length; ) {
                                int n = in.read(part, read, part.length - read);
                                if (n < 0) {
                                    throw new IOException("the report's temporary file ended early");
                                }
                                read += n;
                            }
                            out.write("\n---\n\n");
                            out.write(part);
                        }
                    }
                }
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Html extends PortfolioReport {
        private final Writer out;
        private final Scoring scoring;
        private final List<HtmlReport.Row> rows = new ArrayList<>();
        private final Writer bodies;
        private final Writer jsonSpool;
        private final Json json;

        Html(Writer out, Scoring scoring) {
            this.out = out;
            this.scoring = scoring;
            this.bodies = spool();
            this.jsonSpool = spool();
            this.json = new Json(jsonSpool, null);
        }

        @Override
        public void add(Entry entry) {
            rows.add(HtmlReport.Row.of(entry.assessment()));
            try {
                bodies.write(HtmlReport.section(entry.assessment(), scoring));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            json.add(Entry.of(entry.assessment()));
        }

        @Override
        public void finish(Portfolio portfolio) {
            try {
                json.finish(portfolio);
                bodies.close();
                jsonSpool.close();
                out.write(HtmlReport.top(portfolio, rows));
                try (BufferedReader in = reread(0)) {
                    copy(in, out);
                }
                out.write("</main>\n<script type=\"application/json\" id=\"tempo-portfolio\">\n");
                try (BufferedReader in = reread(1)) {
                    // "</" cannot span lines: JSON escapes line breaks inside strings
                    for (String line; (line = in.readLine()) != null; ) {
                        out.write(line.replace("</", "<\\/"));
                        out.write("\n");
                    }
                }
                out.write("</script>\n</body>\n</html>\n");
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * SARIF lists the results after the run's header, and above {@link SarifReport#MAX_RESULTS} keeps
     * the most severe: the results are spooled one per line with their rank (active before waived, most
     * severe first), counted per rank, and written rank by rank from the spool.
     */
    private static final class Sarif extends PortfolioReport {
        private static final int RANKS = 2 * Severity.values().length;
        private final Writer out;
        private final List<RuleInfo> rules;
        private final String toolVersion;
        private final Map<String, Integer> ruleIndex = new HashMap<>();
        private final long[] perRank = new long[RANKS];
        private final Writer spool;
        private String onlyProject;
        private int projects;

        Sarif(Writer out, List<RuleInfo> rules, String toolVersion) {
            this.out = out;
            this.rules = List.copyOf(rules);
            this.toolVersion = toolVersion;
            rules.forEach(rule -> ruleIndex.put(rule.id(), ruleIndex.size()));
            this.spool = new BufferedWriter(spool());
        }

        private static int rank(Finding finding, boolean waived) {
            return (waived ? Severity.values().length : 0) + (Severity.values().length - 1 - finding.severity().ordinal());
        }

        @Override
        public void add(Entry entry) {
            SarifReport.Input input = Objects.requireNonNull(entry.sarif(), "a SARIF result needs the descriptor's locations");
            projects++;
            onlyProject = entry.assessment().projectId();
            try {
                for (Finding finding : entry.assessment().findings()) {
                    write(rank(finding, false), SarifReport.result(input, finding, null, ruleIndex));
                }
                for (WaivedFinding waived : entry.assessment().waived()) {
                    write(rank(waived.finding(), true), SarifReport.result(input, waived.finding(), waived, ruleIndex));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void write(int rank, Object result) throws IOException {
            perRank[rank]++;
            spool.write(rank + "\t" + JsonReport.compact(result) + "\n");
        }

        @Override
        public void finish(Portfolio portfolio) {
            try {
                spool.close();
                long all = 0;
                for (long n : perRank) {
                    all += n;
                }
                JsonGenerator json = JsonReport.generator(out);
                json.writeStartObject();
                json.writeStringField("$schema", SarifReport.SCHEMA);
                json.writeStringField("version", "2.1.0");
                json.writeFieldName("runs");
                json.writeStartArray();
                json.writeStartObject();
                json.writeFieldName("tool");
                json.writeTree(SarifReport.tool(rules, toolVersion));
                json.writeFieldName("automationDetails");
                json.writeTree(SarifReport.automationDetails(projects == 1 ? onlyProject : null));
                json.writeFieldName("invocations");
                json.writeTree(SarifReport.invocations(all));
                json.writeFieldName("results");
                json.writeStartArray();
                if (all <= SarifReport.MAX_RESULTS) {
                    results(json, -1, Long.MAX_VALUE);
                } else {
                    long left = SarifReport.MAX_RESULTS;
                    for (int rank = 0; rank < RANKS && left > 0; rank++) {
                        long take = Math.min(left, perRank[rank]);
                        results(json, rank, take);
                        left -= take;
                    }
                }
                json.writeEndArray();
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
                json.flush();
                out.write("\n");
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Writes up to {@code take} spooled results of a rank (every result for rank -1), in the order added. */
        private void results(JsonGenerator json, int rank, long take) throws IOException {
            long taken = 0;
            try (BufferedReader in = reread(0)) {
                for (String line; taken < take && (line = in.readLine()) != null; ) {
                    int tab = line.indexOf('\t');
                    if (rank < 0 || Integer.parseInt(line.substring(0, tab)) == rank) {
                        json.writeTree(JsonReport.parse(line.substring(tab + 1)));
                        taken++;
                    }
                }
            }
        }
    }

    /** Renders a finished report to a string: what the list-taking {@code render} methods do. */
    static String render(java.util.function.Function<Writer, PortfolioReport> format, List<Entry> entries, Portfolio portfolio) {
        StringWriter out = new StringWriter();
        try (PortfolioReport report = format.apply(out)) {
            entries.forEach(report::add);
            report.finish(portfolio);
        }
        return out.toString();
    }
}
