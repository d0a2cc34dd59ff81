package dev.tempo.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.Assessment;
import dev.tempo.DeliveryMetrics;
import dev.tempo.Factor;
import dev.tempo.Finding;
import dev.tempo.Scores;
import dev.tempo.Scoring;
import dev.tempo.Severity;
import dev.tempo.Thresholds;
import dev.tempo.model.EventKind;
import dev.tempo.model.HistoryEvent;
import dev.tempo.model.Model;
import dev.tempo.model.Project;
import dev.tempo.model.Stage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The measured delivery in the JSON and text reports (cli.md, r2). */
class DeliveryReportTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    private static HistoryEvent event(int daysBefore, EventKind kind, Double leadTime, Boolean failed, Double restore) {
        return new HistoryEvent(AS_OF.minusDays(daysBefore), kind, "feed-ranker", leadTime, failed, restore);
    }

    private static DeliveryMetrics measured() {
        Project project = Project.builder("shop-feed")
                .models(List.of(Model.builder("feed-ranker").stage(Stage.PRODUCTION).build(),
                        Model.builder("scorer").stage(Stage.PRODUCTION).build()))
                .history(List.of(
                        event(12, EventKind.DEPLOYMENT, 70.0, false, null), event(40, EventKind.DEPLOYMENT, 71.0, true, 40.0),
                        event(60, EventKind.RETRAINING, 64.0, false, null), event(90, EventKind.DEPLOYMENT, 69.0, true, 56.0),
                        event(100, EventKind.RETRAINING, 63.0, false, null), event(120, EventKind.DEPLOYMENT, 80.0, true, null),
                        event(130, EventKind.RETRAINING, 65.0, false, null), event(150, EventKind.DEPLOYMENT, 60.0, false, null),
                        event(41, EventKind.ROLLBACK, null, null, null)))
                .build();
        return DeliveryMetrics.measure(project, AS_OF, Thresholds.DEFAULTS);
    }

    private static Assessment assessment(DeliveryMetrics delivery, List<Finding> findings) {
        return new Assessment("shop-feed", AS_OF, findings, List.of(), List.of(), List.of(),
                Scores.of(findings, delivery == null ? List.of() : List.of(Factor.DELIVERY), Scoring.DEFAULTS), delivery);
    }

    private static Finding finding(String ruleId) {
        return new Finding(ruleId, Factor.DELIVERY, Severity.MEDIUM, "t", null, List.of("e"), "r", "s");
    }

    @Test
    void json_carriesTheMeasuredFiguresAfterTheScores_inTheContractsShape() {
        String json = JsonReport.render(assessment(measured(), List.of()));
        assertThat(json).contains("""
                  "scores": {
                    "GOALS": 100,
                    "DATA": 100,
                    "TEAM": 100,
                    "INFRASTRUCTURE": 100,
                    "TOOLING": 100,
                    "MODEL": 100,
                    "REGULATION": 100,
                    "DELIVERY": 100
                  },
                  "delivery": {
                    "windowDays": 180,
                    "changes": 8,
                    "changesPer30Days": 1.3,
                    "medianLeadTimeDays": 67,
                    "medianLeadTimeDaysByKind": {
                      "DEPLOYMENT": 70,
                      "RETRAINING": 64
                    },
                    "changeFailureRate": 0.375,
                    "medianRestoreHours": 48,
                    "rollbacks": 1,
                    "daysSinceLastChange": {
                      "feed-ranker": 12,
                      "scorer": null
                    }
                  },
                  "findings": [],
                """);
    }

    @Test
    void json_andText_carryTheProjectsLabels() {
        Assessment labelled = new Assessment("shop-feed", AS_OF, List.of(), List.of(), List.of(), List.of(),
                Scores.of(List.of(), List.of(), Scoring.DEFAULTS), null, java.util.Map.of("tier", "gold", "cost-centre", "feeds"));
        assertThat(JsonReport.render(labelled)).startsWith("""
                {
                  "project": "shop-feed",
                  "asOf": "2026-11-27",
                  "labels": {
                    "cost-centre": "feeds",
                    "tier": "gold"
                  },
                  "tempo": {""");
        assertThat(JsonReport.render(assessment(null, List.of()))).contains("\"asOf\": \"2026-11-27\",\n  \"labels\": {},\n");
        assertThat(TextReport.render(labelled)).startsWith("tempo assessment of shop-feed as of 2026-11-27\nLabels: cost-centre=feeds tier=gold\n");
    }

    @Test
    void json_withoutMeasuredHistory_hasNullDeliveryAndNoDeliveryScore() {
        String json = JsonReport.render(assessment(null, List.of()));
        assertThat(json).contains("\"delivery\": null,").doesNotContain("\"DELIVERY\"");
    }

    @Test
    void json_writesRatesWithThreeDecimals_andNeverAnExponent() {
        Project tiny = Project.builder("p").history(List.of(
                new HistoryEvent(AS_OF, EventKind.DEPLOYMENT, null, 0.0000001, false, null),
                new HistoryEvent(AS_OF, EventKind.DEPLOYMENT, null, 0.0000001, false, null),
                new HistoryEvent(AS_OF, EventKind.DEPLOYMENT, null, 0.0000001, false, null),
                new HistoryEvent(AS_OF, EventKind.DEPLOYMENT, null, 0.0000001, false, null))).build();
        String json = JsonReport.render(assessment(DeliveryMetrics.measure(tiny, AS_OF, Thresholds.DEFAULTS), List.of()));
        assertThat(json).contains("\"medianLeadTimeDays\": 0.0000001,", "\"changeFailureRate\": 0.000,", "\"changesPer30Days\": 0.7,")
                .doesNotContainPattern("[0-9][eE][-+]?[0-9]");
    }

    @Test
    void text_showsAMeasuredDeliveryBlock_andSaysWhatTheScoreIs() {
        String text = TextReport.render(assessment(measured(), List.of()));
        assertThat(text).contains("""
                (A heuristic index of what slows tempo, from the article's factors, not a measurement of speed; DELIVERY is the measured part.)

                Measured delivery (the 180 days from 2026-06-01 to 2026-11-27):
                  changes: 8 (1.3 per 30 days; one every 22.5 days), rollbacks: 1
                  median lead time: 67 days (DEPLOYMENT 70 days, RETRAINING 64 days)
                  change failure rate: 0.375 (3 of 8 failed)
                  median time to restore: 48 hours
                  since each production model's last change: feed-ranker 12 days, scorer never changed
                """);
        assertThat(TextReport.render(assessment(null, List.of())))
                .contains("no delivery history was measured.)").doesNotContain("Measured delivery");
    }

    @Test
    void text_saysWhenNoDeclaredFindingExplainsSlowDelivery() {
        String unexplained = TextReport.render(assessment(measured(), List.of(finding("TEMPO-DELIVERY-02"))));
        assertThat(unexplained).contains("  the causes of the slow or failing delivery are not among the declared facts"
                + " (TEMPO-DELIVERY-07 found none)\n");
        String explained = TextReport.render(assessment(measured(), List.of(finding("TEMPO-DELIVERY-02"), finding("TEMPO-DELIVERY-07"))));
        assertThat(explained).doesNotContain("not among the declared facts");
        assertThat(TextReport.render(assessment(measured(), List.of()))).doesNotContain("not among the declared facts");
    }
}
