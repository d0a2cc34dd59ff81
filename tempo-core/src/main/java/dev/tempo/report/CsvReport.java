package dev.tempo.report;

import dev.tempo.Assessment;
import dev.tempo.Factor;
import dev.tempo.Severity;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Assessments as CSV (RFC 4180), one row per project, for spreadsheets: id, file, tempo score, band,
 * one column per factor (empty where a factor is not scored, such as DELIVERY without history),
 * and the number of active findings of each severity.
 */
public final class CsvReport {
    private CsvReport() {}

    /**
     * The rows of the assessments.
     *
     * @param files the file each assessment was read from, in the same order
     */
    public static String render(List<Assessment> assessments, List<String> files) {
        if (assessments.size() != files.size()) {
            throw new IllegalArgumentException("one file per assessment: " + assessments.size() + " assessments, " + files.size() + " files");
        }
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < assessments.size(); i++) {
            rows.add(Row.of(assessments.get(i), files.get(i)));
        }
        return render(rows);
    }

    /** What a row shows of one project: all a streamed report keeps of it until the columns are known. */
    record Row(String projectId, String file, int score, dev.tempo.Band band, java.util.Map<Factor, Integer> factors, long[] counts) {
        static Row of(Assessment a, String file) {
            long[] counts = new long[Severity.values().length];
            a.findings().forEach(f -> counts[f.severity().ordinal()]++);
            return new Row(a.projectId(), file, a.scores().tempo(), a.scores().band(), a.scores().factors(), counts);
        }
    }

    /** The rows, with one column per factor any of them scores. */
    static String render(List<Row> rows) {
        Set<Factor> factors = new TreeSet<>();
        rows.forEach(r -> factors.addAll(r.factors().keySet()));
        StringBuilder out = new StringBuilder("project,file,score,band");
        factors.forEach(f -> out.append(',').append(f.id()));
        for (Severity severity : Severity.values()) {
            out.append(',').append(severity.name());
        }
        out.append("\r\n");
        for (Row r : rows) {
            out.append(cell(r.projectId())).append(',').append(cell(r.file())).append(',').append(r.score()).append(',').append(r.band());
            for (Factor f : factors) {
                Integer score = r.factors().get(f);
                out.append(',').append(score == null ? "" : score.toString());
            }
            for (Severity severity : Severity.values()) {
                out.append(',').append(r.counts()[severity.ordinal()]);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        boolean quoted = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        String safe = text.startsWith("=") || text.startsWith("+") || text.startsWith("-") || text.startsWith("@") ? "'" + text : text;
        return quoted ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
