package dev.tempo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.tempo.model.EventKind;
import dev.tempo.model.HistoryEvent;
import dev.tempo.model.Model;
import dev.tempo.model.Project;
import dev.tempo.model.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The delivery figures, checked by hand on small histories (heuristics.md, DELIVERY and its Resolutions). */
class DeliveryMetricsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    private static HistoryEvent event(int daysBefore, EventKind kind, String model, Double leadTime, Boolean failed, Double restore) {
        return new HistoryEvent(AS_OF.minusDays(daysBefore), kind, model, leadTime, failed, restore);
    }

    private static HistoryEvent deployment(int daysBefore, double leadTime, boolean failed) {
        return event(daysBefore, EventKind.DEPLOYMENT, "ranker", leadTime, failed, null);
    }

    private static Project project(LocalDate startedOn, List<HistoryEvent> history) {
        return Project.builder("p").startedOn(startedOn)
                .models(List.of(Model.builder("ranker").stage(Stage.PRODUCTION).build(),
                        Model.builder("scorer").stage(Stage.PRODUCTION).build(),
                        Model.builder("draft").stage(Stage.RESEARCH).build()))
                .history(history).build();
    }

    private static DeliveryMetrics measure(List<HistoryEvent> history) {
        return DeliveryMetrics.measure(project(null, history), AS_OF, Thresholds.DEFAULTS);
    }

    @Test
    void emptyHistory_isNotMeasured() {
        assertThat(DeliveryMetrics.isMeasured(project(null, List.of()), AS_OF)).isFalse();
        assertThat(measure(List.of())).isNull();
    }

    @Test
    void onlyFutureEvents_areNotMeasured() {
        assertThat(measure(List.of(deployment(-1, 5, false), deployment(-30, 5, false)))).isNull();
    }

    @Test
    void singleChange_givesItsOwnFigures_andNoRate() {
        DeliveryMetrics d = measure(List.of(deployment(10, 12, false)));
        assertThat(d.windowStart()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(d.windowDays()).isEqualTo(180);
        assertThat(d.changes()).isEqualTo(1);
        assertThat(d.changesPer30Days()).isEqualTo(0.2); // 30 / 180 = 0.1667
        assertThat(d.changeIntervalDays()).isEqualTo(180.0);
        assertThat(d.medianLeadTimeDays()).isEqualTo(12.0);
        assertThat(d.medianLeadTimeDaysByKind()).containsExactly(entry(EventKind.DEPLOYMENT, 12.0), entry(EventKind.RETRAINING, null));
        assertThat(d.changesWithOutcome()).isEqualTo(1);
        assertThat(d.changeFailureRate()).isNull();
        assertThat(d.medianRestoreHours()).isNull();
        assertThat(d.rollbacks()).isZero();
        assertThat(d.daysSinceLastChange()).containsExactly(entry("ranker", 10L), entry("scorer", null));
    }

    @Test
    void outOfOrderHistory_givesTheSameFigures() {
        List<HistoryEvent> history = new ArrayList<>(List.of(deployment(5, 10, false), deployment(50, 40, true),
                event(20, EventKind.RETRAINING, "scorer", 3.0, false, null), deployment(90, 20, false),
                event(49, EventKind.INCIDENT_RESOLVED, null, null, null, 30.0)));
        DeliveryMetrics inOrder = measure(history);
        Collections.reverse(history);
        assertThat(measure(history)).isEqualTo(inOrder);
        assertThat(inOrder.changes()).isEqualTo(4);
        assertThat(inOrder.medianLeadTimeDays()).isEqualTo(15.0); // 3, 10, 20, 40
        assertThat(inOrder.medianLeadTimeDaysByKind()).containsEntry(EventKind.DEPLOYMENT, 20.0).containsEntry(EventKind.RETRAINING, 3.0);
        assertThat(inOrder.changeFailureRate()).isEqualTo(0.25);
        assertThat(inOrder.medianRestoreHours()).isEqualTo(30.0); // the failed deployment gives none, the incident 30
    }

    @Test
    void futureEventsAndEventsBeforeTheWindow_neverCount() {
        DeliveryMetrics d = measure(List.of(deployment(-3, 1, true), deployment(180, 99, true), deployment(179, 7, false)));
        assertThat(d.changes()).isEqualTo(1);
        assertThat(d.medianLeadTimeDays()).isEqualTo(7.0);
        assertThat(d.failedChanges()).isZero();
        // but every change up to the assessment date tells a model's staleness
        assertThat(d.daysSinceLastChange()).containsEntry("ranker", 179L);
    }

    @Test
    void historyOnlyBeforeTheWindow_isMeasuredWithNoChanges() {
        DeliveryMetrics d = measure(List.of(deployment(400, 30, false)));
        assertThat(d).isNotNull();
        assertThat(d.changes()).isZero();
        assertThat(d.changesPer30Days()).isEqualTo(0.0);
        assertThat(d.changeIntervalDays()).isEqualTo(180.0);
        assertThat(d.medianLeadTimeDays()).isNull();
        assertThat(d.daysSinceLastChange()).containsEntry("ranker", 400L);
    }

    @Test
    void allFailedChanges_giveARateOfOne_andTheMedianRestoreTime() {
        DeliveryMetrics d = measure(List.of(
                event(10, EventKind.DEPLOYMENT, "ranker", 5.0, true, 10.0), event(20, EventKind.DEPLOYMENT, "ranker", 5.0, true, 20.0),
                event(30, EventKind.RETRAINING, "ranker", 5.0, true, 30.0), event(40, EventKind.RETRAINING, "ranker", 5.0, true, 40.0)));
        assertThat(d.failedChanges()).isEqualTo(4);
        assertThat(d.changeFailureRate()).isEqualTo(1.0);
        assertThat(d.medianRestoreHours()).isEqualTo(25.0);
        assertThat(d.restores()).isEqualTo(4);
    }

    @Test
    void tooFewChangesWithAKnownOutcome_giveNoRate() {
        List<HistoryEvent> three = List.of(deployment(10, 5, true), deployment(20, 5, false), deployment(30, 5, true),
                event(40, EventKind.DEPLOYMENT, "ranker", 5.0, null, null));
        DeliveryMetrics d = measure(three);
        assertThat(d.changes()).isEqualTo(4);
        assertThat(d.changesWithOutcome()).isEqualTo(3);
        assertThat(d.changeFailureRate()).isNull();
        DeliveryMetrics four = measure(List.of(deployment(10, 5, true), deployment(20, 5, false), deployment(30, 5, true),
                deployment(40, 5, false)));
        assertThat(four.changeFailureRate()).isEqualTo(0.5);
        Thresholds fewer = Thresholds.DEFAULTS.toBuilder().minChangesForRates(3).build();
        assertThat(DeliveryMetrics.measure(project(null, three), AS_OF, fewer).changeFailureRate()).isEqualTo(0.667);
    }

    @Test
    void window_holdsTheEventsAfterItsStartThroughTheAssessmentDate() {
        assertThat(measure(List.of(deployment(0, 1, false))).changes()).isEqualTo(1);
        assertThat(measure(List.of(deployment(179, 1, false))).changes()).isEqualTo(1);
        assertThat(measure(List.of(deployment(180, 1, false))).changes()).isZero();
        Thresholds shorter = Thresholds.DEFAULTS.toBuilder().deliveryWindowDays(30).build();
        DeliveryMetrics d = DeliveryMetrics.measure(project(null, List.of(deployment(29, 1, false), deployment(30, 1, false))), AS_OF, shorter);
        assertThat(d.windowDays()).isEqualTo(30);
        assertThat(d.changes()).isEqualTo(1);
    }

    @Test
    void youngProject_clipsTheWindowToItsStart() {
        LocalDate started = AS_OF.minusDays(29);
        DeliveryMetrics d = DeliveryMetrics.measure(project(started, List.of(deployment(5, 4, false), deployment(20, 6, false))),
                AS_OF, Thresholds.DEFAULTS);
        assertThat(d.windowStart()).isEqualTo(started);
        assertThat(d.windowDays()).isEqualTo(30);
        assertThat(d.changesPer30Days()).isEqualTo(2.0);
        assertThat(d.changeIntervalDays()).isEqualTo(15.0);
        // a start before the window, or after the assessment date, does not clip it
        assertThat(DeliveryMetrics.measure(project(AS_OF.minusDays(400), List.of(deployment(5, 4, false))), AS_OF, Thresholds.DEFAULTS)
                .windowDays()).isEqualTo(180);
        assertThat(DeliveryMetrics.measure(project(AS_OF.plusDays(3), List.of(deployment(5, 4, false))), AS_OF, Thresholds.DEFAULTS)
                .windowDays()).isEqualTo(180);
    }

    @Test
    void rollbacksAndIncidents_areCountedButAreNotChanges() {
        DeliveryMetrics d = measure(List.of(event(3, EventKind.ROLLBACK, "ranker", null, null, null),
                event(4, EventKind.INCIDENT_RESOLVED, "ranker", null, null, 6.0), deployment(5, 2, true)));
        assertThat(d.changes()).isEqualTo(1);
        assertThat(d.rollbacks()).isEqualTo(1);
        assertThat(d.medianRestoreHours()).isEqualTo(6.0);
        assertThat(d.daysSinceLastChange()).containsEntry("ranker", 5L);
    }
}
