package dev.tempo.testkit;

import dev.tempo.Assessment;
import dev.tempo.Factor;
import dev.tempo.Finding;
import dev.tempo.Scores;
import dev.tempo.Scoring;
import dev.tempo.Severity;
import dev.tempo.Unknown;
import dev.tempo.WaivedFinding;
import dev.tempo.model.Waiver;
import java.time.LocalDate;
import java.util.List;

/** Small hand-made assessments for the test kit's own tests. */
final class Assessments {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    private Assessments() {}

    static Finding finding(String ruleId, Severity severity, String target, String... evidence) {
        Factor factor = ruleId.startsWith("TEMPO-DATA") ? Factor.DATA : Factor.TOOLING;
        return new Finding(ruleId, factor, severity, "title of " + ruleId, target, List.of(evidence), "do something", "section");
    }

    /**
     * DATA-01 HIGH on the project; DATA-02 HIGH on applications and MEDIUM on loans; TOOLING-06 LOW on the project;
     * DATA-07 waived on loans; datasets[1].versioned unknown for DATA-06.
     */
    static Assessment sample() {
        List<Finding> findings = List.of(
                finding("TEMPO-DATA-01", Severity.HIGH, null, "dataOps.maturity = AD_HOC"),
                finding("TEMPO-DATA-02", Severity.HIGH, "applications", "datasets[0].qualityChecks = false"),
                finding("TEMPO-DATA-02", Severity.MEDIUM, "loans", "datasets[1].qualityChecks = false"),
                finding("TEMPO-TOOLING-06", Severity.LOW, null, "lastToolAuditOn is not set"));
        WaivedFinding waived = new WaivedFinding(finding("TEMPO-DATA-07", Severity.MEDIUM, "loans", "datasets[1].owner is not set"),
                new Waiver("TEMPO-DATA-07", "owner being appointed", LocalDate.of(2026, 12, 31), "loans"));
        return new Assessment("credit", AS_OF, findings.stream().sorted(Finding.REPORT_ORDER).toList(), List.of(waived), List.of(),
                List.of(new Unknown("datasets[1].versioned", List.of("TEMPO-DATA-06"))),
                Scores.of(findings, List.of(), Scoring.DEFAULTS), null);
    }

    static Assessment clean() {
        return new Assessment("clean", AS_OF, List.of(), List.of(), List.of(), List.of(), Scores.of(List.of(), List.of(), Scoring.DEFAULTS), null);
    }
}
