package dev.tempo.engine;

import static dev.tempo.testing.RuleHarness.assess;
import static dev.tempo.testing.RuleHarness.findings;
import static dev.tempo.testing.RuleHarness.unknownFields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.Assessment;
import dev.tempo.Factor;
import dev.tempo.Finding;
import dev.tempo.Policy;
import dev.tempo.Severity;
import dev.tempo.Thresholds;
import dev.tempo.model.EventKind;
import dev.tempo.model.HistoryEvent;
import dev.tempo.model.Project;
import dev.tempo.model.Stage;
import dev.tempo.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliveryRulesTest {
    private static final Policy STRICT = Policy.builder().unknownAsFinding(true).build();

    private static HistoryEvent event(int daysBefore, EventKind kind, Double leadTime, Boolean failed, Double restore) {
        return new HistoryEvent(Fixtures.AS_OF.minusDays(daysBefore), kind, "recommender", leadTime, failed, restore);
    }

    /** {@code count} changes of one kind, 10 days apart from 3 days before the assessment date, each with this lead time. */
    private static List<HistoryEvent> changes(int count, EventKind kind, double leadTime) {
        List<HistoryEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(event(3 + 10 * i, kind, leadTime, false, null));
        }
        return events;
    }

    private static Project withHistory(List<HistoryEvent> history) {
        return Fixtures.wellRun().toBuilder().history(history).build();
    }

    /** Six healthy changes (one every 30 days in the window) plus these. */
    private static Project withHealthyHistoryAnd(HistoryEvent... more) {
        List<HistoryEvent> history = new ArrayList<>(changes(6, EventKind.RETRAINING, 2));
        history.addAll(List.of(more));
        return withHistory(history);
    }

    private static Finding only(Assessment assessment, String ruleId) {
        List<Finding> found = findings(assessment, ruleId);
        assertThat(found).as(ruleId + " findings").hasSize(1);
        return found.get(0);
    }

    @Test
    void wellRunProject_raisesNoDeliveryFinding_andIsScored() {
        Assessment a = assess(Fixtures.wellRun());
        assertThat(a.findings()).extracting(Finding::ruleId).noneMatch(id -> id.startsWith("TEMPO-DELIVERY"));
        assertThat(a.unknowns()).isEmpty();
        assertThat(a.scores().factors()).containsEntry(Factor.DELIVERY, 100);
    }

    // DELIVERY-01

    @Test
    void slowDeployments_raiseDelivery01OnTheKind_mediumThenHighAboveTwiceThePolicy() {
        Finding medium = only(assess(withHistory(changes(6, EventKind.DEPLOYMENT, 31))), "TEMPO-DELIVERY-01");
        assertThat(medium.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(medium.target()).isEqualTo("DEPLOYMENT");
        assertThat(medium.evidence()).containsExactly(
                "median lead time of DEPLOYMENT changes: 31 days over 6 change(s) in the 180 days from 2026-06-01 to 2026-11-27",
                "> 30 days, the policy's maxMedianLeadTimeDays");
        assertThat(findings(assess(withHistory(changes(6, EventKind.DEPLOYMENT, 30))), "TEMPO-DELIVERY-01")).isEmpty();
        assertThat(only(assess(withHistory(changes(6, EventKind.DEPLOYMENT, 60))), "TEMPO-DELIVERY-01").severity()).isEqualTo(Severity.MEDIUM);
        Finding high = only(assess(withHistory(changes(6, EventKind.DEPLOYMENT, 60.5))), "TEMPO-DELIVERY-01");
        assertThat(high.severity()).isEqualTo(Severity.HIGH);
        assertThat(high.evidence()).contains("> 30 days, the policy's maxMedianLeadTimeDays; more than twice it: HIGH");
    }

    @Test
    void slowRetraining_isJudgedAgainstItsOwnPolicy() {
        assertThat(findings(assess(withHistory(changes(6, EventKind.RETRAINING, 7))), "TEMPO-DELIVERY-01")).isEmpty();
        Finding f = only(assess(withHistory(changes(6, EventKind.RETRAINING, 8))), "TEMPO-DELIVERY-01");
        assertThat(f.target()).isEqualTo("RETRAINING");
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.evidence()).contains("> 7 days, the policy's maxMedianRetrainingLeadTimeDays");
        assertThat(only(assess(withHistory(changes(6, EventKind.RETRAINING, 15))), "TEMPO-DELIVERY-01").severity()).isEqualTo(Severity.HIGH);
        Policy looser = Policy.builder().thresholds(Thresholds.builder().maxMedianRetrainingLeadTimeDays(10.0).build()).build();
        assertThat(findings(assess(withHistory(changes(6, EventKind.RETRAINING, 8)), looser, Fixtures.AS_OF), "TEMPO-DELIVERY-01")).isEmpty();
    }

    @Test
    void changesWithoutLeadTimes_areListedForDelivery01() {
        Project project = withHealthyHistoryAnd(event(5, EventKind.DEPLOYMENT, null, false, null));
        Assessment a = assess(project, STRICT, Fixtures.AS_OF);
        assertThat(findings(a, "TEMPO-DELIVERY-01")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-DELIVERY-01")).containsExactly("history[6].leadTimeDays");
    }

    // DELIVERY-02

    @Test
    void failingChanges_raiseDelivery02_mediumThenHighAboveTwiceThePolicy() {
        List<HistoryEvent> eight = new ArrayList<>(changes(6, EventKind.DEPLOYMENT, 5));
        eight.add(event(70, EventKind.DEPLOYMENT, 5.0, true, 2.0));
        eight.add(event(80, EventKind.RETRAINING, 2.0, true, 2.0));
        Finding medium = only(assess(withHistory(eight)), "TEMPO-DELIVERY-02");
        assertThat(medium.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(medium.target()).isNull();
        assertThat(medium.evidence()).containsExactly(
                "2 of 8 changes with a known outcome failed in the 180 days from 2026-06-01 to 2026-11-27: change failure rate 0.250",
                "> 0.15, the policy's maxChangeFailureRate");
        eight.add(event(90, EventKind.RETRAINING, 2.0, true, 2.0));
        assertThat(only(assess(withHistory(eight)), "TEMPO-DELIVERY-02").severity()).isEqualTo(Severity.HIGH); // 3 / 9 = 0.333 > 0.3
    }

    @Test
    void failureRateAtThePolicy_orASingleFailure_doesNotRaiseDelivery02() {
        List<HistoryEvent> twenty = new ArrayList<>(changes(17, EventKind.RETRAINING, 2));
        for (int i = 0; i < 3; i++) {
            twenty.add(event(4 + 10 * i, EventKind.DEPLOYMENT, 5.0, true, 1.0));
        }
        assertThat(findings(assess(withHistory(twenty)), "TEMPO-DELIVERY-02")).isEmpty(); // 3 / 20 = 0.15
        List<HistoryEvent> four = new ArrayList<>(changes(3, EventKind.RETRAINING, 2));
        four.add(event(40, EventKind.DEPLOYMENT, 5.0, true, 1.0));
        assertThat(findings(assess(withHistory(four)), "TEMPO-DELIVERY-02")).isEmpty(); // 0.25, but one failure
    }

    @Test
    void tooFewChangesForARate_listHistoryUnderUnknowns() {
        Assessment a = assess(withHistory(changes(3, EventKind.DEPLOYMENT, 5)), STRICT, Fixtures.AS_OF);
        assertThat(findings(a, "TEMPO-DELIVERY-02")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-DELIVERY-02")).containsExactly("history");
        Policy fewer = Policy.builder().thresholds(Thresholds.builder().minChangesForRates(3).build()).build();
        assertThat(unknownFields(assess(withHistory(changes(3, EventKind.DEPLOYMENT, 5)), fewer, Fixtures.AS_OF), "TEMPO-DELIVERY-02")).isEmpty();
    }

    // DELIVERY-03

    @Test
    void slowRestores_raiseDelivery03_mediumThenHighAboveSevenTimesThePolicy() {
        Finding medium = only(assess(withHealthyHistoryAnd(event(15, EventKind.INCIDENT_RESOLVED, null, null, 25.0))), "TEMPO-DELIVERY-03");
        assertThat(medium.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(medium.evidence()).containsExactly(
                "median time to restore: 25 hours over 1 failure(s) in the 180 days from 2026-06-01 to 2026-11-27",
                "> 24 hours, the policy's maxMedianRestoreHours");
        assertThat(findings(assess(withHealthyHistoryAnd(event(15, EventKind.INCIDENT_RESOLVED, null, null, 24.0))), "TEMPO-DELIVERY-03")).isEmpty();
        assertThat(only(assess(withHealthyHistoryAnd(event(15, EventKind.DEPLOYMENT, 1.0, true, 168.0))), "TEMPO-DELIVERY-03").severity())
                .isEqualTo(Severity.MEDIUM);
        assertThat(only(assess(withHealthyHistoryAnd(event(15, EventKind.DEPLOYMENT, 1.0, true, 169.0))), "TEMPO-DELIVERY-03").severity())
                .isEqualTo(Severity.HIGH);
    }

    @Test
    void failuresWithoutRestoreTimes_areListedForDelivery03() {
        Assessment a = assess(withHealthyHistoryAnd(event(15, EventKind.DEPLOYMENT, 1.0, true, null)), STRICT, Fixtures.AS_OF);
        assertThat(findings(a, "TEMPO-DELIVERY-03")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-DELIVERY-03")).containsExactly("history[6].restoreHours");
        assertThat(unknownFields(assess(Fixtures.wellRun()), "TEMPO-DELIVERY-03")).isEmpty();
    }

    // DELIVERY-04

    @Test
    void productionModelWithoutARecentChange_raisesDelivery04_onBothSidesOfThePolicy() {
        Finding f = only(assess(withHistory(List.of(event(181, EventKind.RETRAINING, 2.0, false, null)))), "TEMPO-DELIVERY-04");
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.target()).isEqualTo("recommender");
        assertThat(f.evidence()).containsExactly("model recommender is in PRODUCTION",
                "its last change was on 2026-05-30, 181 days before the assessment date 2026-11-27 (> 180, the policy's maxDaysSinceModelChange)");
        assertThat(findings(assess(withHistory(List.of(event(180, EventKind.RETRAINING, 2.0, false, null)))), "TEMPO-DELIVERY-04")).isEmpty();
    }

    @Test
    void productionModelNeverChanged_raisesDelivery04_aRollbackIsNoChange() {
        HistoryEvent unnamed = new HistoryEvent(Fixtures.AS_OF.minusDays(3), EventKind.DEPLOYMENT, null, 2.0, false, null);
        HistoryEvent rollback = event(5, EventKind.ROLLBACK, null, null, null);
        assertThat(only(assess(withHistory(List.of(unnamed, rollback))), "TEMPO-DELIVERY-04").evidence())
                .contains("its last change: none (no DEPLOYMENT or RETRAINING in history names it)");
    }

    @Test
    void delivery04_needsMeasuredHistory_andAProductionModel() {
        assertThat(findings(assess(withHistory(List.of())), "TEMPO-DELIVERY-04")).isEmpty();
        Project inDevelopment = withHistory(List.of(event(300, EventKind.RETRAINING, 2.0, false, null))).toBuilder()
                .models(List.of(Fixtures.model().toBuilder().stage(Stage.DEVELOPMENT).build())).build();
        assertThat(findings(assess(inDevelopment), "TEMPO-DELIVERY-04")).isEmpty();
        Project unknownStage = inDevelopment.toBuilder()
                .models(List.of(Fixtures.model().toBuilder().stage(null).build())).build();
        assertThat(unknownFields(assess(unknownStage), "TEMPO-DELIVERY-04")).containsExactly("models[0].stage");
        assertThat(findings(assess(unknownStage, STRICT, Fixtures.AS_OF), "TEMPO-DELIVERY-04")).hasSize(1);
    }

    // DELIVERY-05

    @Test
    void changesLessOftenThanMonthly_raiseDelivery05_onBothSidesOfThePolicy() {
        Finding f = only(assess(withHistory(changes(5, EventKind.RETRAINING, 2))), "TEMPO-DELIVERY-05");
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.evidence()).containsExactly(
                "5 change(s) in the 180 days from 2026-06-01 to 2026-11-27: one every 36 days (> 30, the policy's maxChangeIntervalDays)");
        assertThat(findings(assess(withHistory(changes(6, EventKind.RETRAINING, 2))), "TEMPO-DELIVERY-05")).isEmpty();
        assertThat(only(assess(withHistory(List.of(event(400, EventKind.RETRAINING, 2.0, false, null)))), "TEMPO-DELIVERY-05").evidence())
                .containsExactly("0 change(s) in the 180 days from 2026-06-01 to 2026-11-27: one every 180 days"
                        + " (> 30, the policy's maxChangeIntervalDays)");
    }

    @Test
    void youngProject_isNotPenalisedForTheDaysBeforeItStarted() {
        Project young = withHistory(List.of(event(3, EventKind.DEPLOYMENT, 2.0, false, null))).toBuilder()
                .name(null).industry(null).startedOn(Fixtures.AS_OF.minusDays(20)).build();
        assertThat(findings(assess(young), "TEMPO-DELIVERY-05")).isEmpty();
        assertThat(assess(young).delivery().windowDays()).isEqualTo(21);
    }

    @Test
    void delivery05_needsAProductionModel() {
        Project inResearch = withHistory(changes(2, EventKind.RETRAINING, 2)).toBuilder()
                .models(List.of(Fixtures.model().toBuilder().stage(Stage.RESEARCH).build())).build();
        assertThat(findings(assess(inResearch), "TEMPO-DELIVERY-05")).isEmpty();
    }

    // DELIVERY-06

    @Test
    void productionModelWithoutHistory_raisesDelivery06_andDeliveryIsNotScored() {
        Assessment a = assess(withHistory(List.of()));
        Finding f = only(a, "TEMPO-DELIVERY-06");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.evidence()).containsExactly("history is empty: no delivery event is recorded");
        assertThat(a.scores().factors()).doesNotContainKey(Factor.DELIVERY);
        assertThat(a.delivery()).isNull();
        assertThat(findings(a, "TEMPO-DELIVERY-01")).isEmpty();
        Assessment future = assess(withHistory(List.of(event(-10, EventKind.DEPLOYMENT, 2.0, false, null))));
        assertThat(only(future, "TEMPO-DELIVERY-06").evidence()).containsExactly("every event of history is dated after the assessment date");
        assertThat(future.scores().factors()).doesNotContainKey(Factor.DELIVERY);
    }

    @Test
    void unknownStage_isListedForDelivery06_andFiresInStrictMode() {
        Project unknownStage = withHistory(List.of()).toBuilder()
                .models(List.of(Fixtures.model().toBuilder().stage(null).build())).build();
        Assessment a = assess(unknownStage);
        assertThat(findings(a, "TEMPO-DELIVERY-06")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-DELIVERY-06")).containsExactly("models[0].stage");
        assertThat(findings(assess(unknownStage, STRICT, Fixtures.AS_OF), "TEMPO-DELIVERY-06")).hasSize(1);
    }

    @Test
    void measuredOrNoProductionModel_doesNotRaiseDelivery06() {
        assertThat(findings(assess(Fixtures.wellRun()), "TEMPO-DELIVERY-06")).isEmpty();
        Project research = withHistory(List.of()).toBuilder()
                .models(List.of(Fixtures.model().toBuilder().stage(Stage.RESEARCH).build())).build();
        assertThat(findings(assess(research), "TEMPO-DELIVERY-06")).isEmpty();
    }

    // DELIVERY-07

    @Test
    void slowDeliveryWithADeclaredCause_raisesDelivery07NamingBoth() {
        Project project = withHistory(changes(6, EventKind.DEPLOYMENT, 45)).toBuilder()
                .infrastructure(Fixtures.infrastructure().toBuilder().automatedDataPipelines(false).build()).build();
        Assessment a = assess(project);
        Finding f = only(a, "TEMPO-DELIVERY-07");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.evidence()).containsExactly(
                "slow changes (TEMPO-DELIVERY-01 on DEPLOYMENT (MEDIUM)) <- TEMPO-INFRASTRUCTURE-04 (HIGH)");
        // an explanation: DELIVERY loses only DELIVERY-01
        assertThat(a.scores().factors()).containsEntry(Factor.DELIVERY, 90);
    }

    @Test
    void delivery07_namesSymptomsWithoutCauseToo_butNeedsOneCause() {
        List<HistoryEvent> history = new ArrayList<>(changes(6, EventKind.DEPLOYMENT, 45));
        history.add(event(15, EventKind.INCIDENT_RESOLVED, null, null, 48.0));
        Project slowAndSlowRecovery = withHistory(history).toBuilder()
                .infrastructure(Fixtures.infrastructure().toBuilder().automatedDataPipelines(false).build()).build();
        assertThat(only(assess(slowAndSlowRecovery), "TEMPO-DELIVERY-07").evidence()).containsExactly(
                "slow changes (TEMPO-DELIVERY-01 on DEPLOYMENT (MEDIUM)) <- TEMPO-INFRASTRUCTURE-04 (HIGH)",
                "slow recovery (TEMPO-DELIVERY-03 (MEDIUM)): no likely cause among the declared facts");
        assertThat(findings(assess(withHistory(history)), "TEMPO-DELIVERY-07")).isEmpty();
    }

    @Test
    void causesBelowMedium_doNotExplain() {
        Project project = withHistory(changes(6, EventKind.DEPLOYMENT, 45)).toBuilder()
                .infrastructure(Fixtures.infrastructure().toBuilder().automatedDataPipelines(false).build()).build();
        Policy lowered = Policy.builder().severities(Map.of("TEMPO-INFRASTRUCTURE-04", Severity.LOW)).build();
        assertThat(findings(assess(project, lowered, Fixtures.AS_OF), "TEMPO-DELIVERY-07")).isEmpty();
        Policy disabled = Policy.builder().disabled(java.util.Set.of("TEMPO-INFRASTRUCTURE-04")).build();
        assertThat(only(assess(project, disabled, Fixtures.AS_OF), "TEMPO-DELIVERY-07").evidence())
                .containsExactly("slow changes (TEMPO-DELIVERY-01 on DEPLOYMENT (MEDIUM)) <- TEMPO-INFRASTRUCTURE-04 (HIGH, disabled)");
    }
}
