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
        Set<Factor> factors = new TreeSet<>();
        assessments.forEach(a -> factors.addAll(a.scores().factors().keySet()));
        StringBuilder out = new StringBuilder("project,file,score,band");
        factors.forEach(f -> out.append(',').append(f.id()));
        for (Severity severity : Severity.values()) {
            out.append(',').append(severity.name());
        }
        out.append("\r\n");
        for (int i = 0; i < assessments.size(); i++) {
            Assessment a = assessments.get(i);
            out.append(cell(a.projectId())).append(',').append(cell(files.get(i))).append(',').append(a.scores().tempo()).append(',')
                    .append(a.scores().band());
            for (Factor f : factors) {
                Integer score = a.scores().factors().get(f);
                out.append(',').append(score == null ? "" : score.toString());
            }
            for (Severity severity : Severity.values()) {
                out.append(',').append(a.findings().stream().filter(x -> x.severity() == severity).count());
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
