package dev.tempo.baseline;

import dev.tempo.Assessment;
import dev.tempo.Factor;
import dev.tempo.Finding;
import dev.tempo.Scores;
import dev.tempo.Scoring;
import dev.tempo.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Records {@code count} projects {@code prefix-0}, {@code prefix-1}, ... in a baseline, one update each: run by the concurrency test in its own JVM. */
public final class BaselineUpdates {
    private BaselineUpdates() {}

    static Assessment assessment(String projectId) {
        List<Finding> findings = List.of(new Finding("TEMPO-DATA-01", Factor.DATA, Severity.HIGH, "t", null, List.of(), "r", "s"));
        return new Assessment(projectId, LocalDate.of(2026, 11, 27), findings, List.of(), List.of(), List.of(),
                Scores.of(findings, List.of(), Scoring.DEFAULTS), null);
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        for (int i = 0; i < count; i++) {
            Baseline.update(file, List.of(assessment(prefix + "-" + i)));
        }
    }
}
