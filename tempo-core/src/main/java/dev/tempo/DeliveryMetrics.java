package dev.tempo;

import dev.tempo.model.EventKind;
import dev.tempo.model.HistoryEvent;
import dev.tempo.model.Model;
import dev.tempo.model.Project;
import dev.tempo.model.Stage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Tempo as measured from a project's {@code history}: the DELIVERY figures of the heuristics, in the
 * spirit of the DORA key metrics, over a window of days up to and including the assessment date.
 *
 * <p>A <em>change</em> is a DEPLOYMENT or RETRAINING event of the window; it failed when its
 * {@code failed} is true. Events after the assessment date never count. A figure that cannot be
 * computed (no lead times, too few changes for a rate) is null.
 *
 * @param windowStart              the first day of the window: assessment date − {@code deliveryWindowDays} + 1, or
 *                                 {@code project.startedOn} when that is later (young projects are not penalised)
 * @param windowDays               the window's length in days, from {@code windowStart} through the assessment date
 * @param changes                  DEPLOYMENT and RETRAINING events in the window
 * @param changesByKind            those changes by kind (DEPLOYMENT, RETRAINING)
 * @param changesPer30Days         changes × 30 ÷ window days, rounded half up to one decimal
 * @param changeIntervalDays       window days ÷ changes; the whole window when there is no change
 * @param medianLeadTimeDays       the median {@code leadTimeDays} of the window's changes that give one, or null
 * @param leadTimes                how many changes gave a lead time
 * @param medianLeadTimeDaysByKind the median lead time of DEPLOYMENT and of RETRAINING changes (null when none gives one)
 * @param leadTimesByKind          how many changes of each kind gave a lead time
 * @param changesWithOutcome       changes whose {@code failed} is known (the rate's denominator)
 * @param failedChanges            changes whose {@code failed} is true
 * @param changeFailureRate        failed ÷ changes with a known outcome, rounded half up to three decimals; null with fewer
 *                                 than {@code minChangesForRates} such changes
 * @param medianRestoreHours       the median {@code restoreHours} of failed changes and INCIDENT_RESOLVED events of the window, or null
 * @param restores                 how many events gave a restore time
 * @param rollbacks                ROLLBACK events in the window (reported, never scored)
 * @param daysSinceLastChange      for each PRODUCTION model, by name: days from its last change (in all history up to the
 *                                 assessment date) to the assessment date; null when it never changed
 */
public record DeliveryMetrics(
        LocalDate windowStart,
        int windowDays,
        int changes,
        Map<EventKind, Integer> changesByKind,
        double changesPer30Days,
        double changeIntervalDays,
        Double medianLeadTimeDays,
        int leadTimes,
        Map<EventKind, Double> medianLeadTimeDaysByKind,
        Map<EventKind, Integer> leadTimesByKind,
        int changesWithOutcome,
        int failedChanges,
        Double changeFailureRate,
        Double medianRestoreHours,
        int restores,
        int rollbacks,
        Map<String, Long> daysSinceLastChange) {

    /** The kinds of event that are changes, in report order. */
    public static final List<EventKind> CHANGE_KINDS = List.of(EventKind.DEPLOYMENT, EventKind.RETRAINING);

    public DeliveryMetrics {
        Objects.requireNonNull(windowStart, "windowStart");
        changesByKind = Collections.unmodifiableMap(new EnumMap<>(changesByKind));
        medianLeadTimeDaysByKind = Collections.unmodifiableMap(new EnumMap<>(medianLeadTimeDaysByKind));
        leadTimesByKind = Collections.unmodifiableMap(new EnumMap<>(leadTimesByKind));
        daysSinceLastChange = Collections.unmodifiableMap(new TreeMap<>(daysSinceLastChange));
    }

    /** Whether an event is a change: a DEPLOYMENT or a RETRAINING. */
    public static boolean isChange(HistoryEvent event) {
        return CHANGE_KINDS.contains(event.kind());
    }

    /**
     * Whether the project's delivery can be measured on the date: at least one event of its history
     * is dated on or before it. A project that is not measured has no DELIVERY score.
     */
    public static boolean isMeasured(Project project, LocalDate asOf) {
        return project.history().stream().anyMatch(e -> !e.date().isAfter(asOf));
    }

    /**
     * The first day of the measured window: {@code asOf − deliveryWindowDays + 1}, or the project's
     * {@code startedOn} when it is later and not after {@code asOf}.
     */
    public static LocalDate windowStart(Project project, LocalDate asOf, Thresholds thresholds) {
        LocalDate start = asOf.minusDays(thresholds.deliveryWindowDays() - 1L);
        LocalDate startedOn = project.project().startedOn();
        return startedOn != null && startedOn.isAfter(start) && !startedOn.isAfter(asOf) ? startedOn : start;
    }

    /**
     * Measures the project's delivery on the date, or returns null when it is not measured (no event
     * on or before the date).
     */
    public static DeliveryMetrics measure(Project project, LocalDate asOf, Thresholds thresholds) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(thresholds, "thresholds");
        if (!isMeasured(project, asOf)) {
            return null;
        }
        LocalDate start = windowStart(project, asOf, thresholds);
        int windowDays = (int) ChronoUnit.DAYS.between(start, asOf) + 1;
        List<HistoryEvent> window = project.history().stream()
                .filter(e -> !e.date().isBefore(start) && !e.date().isAfter(asOf)).toList();
        List<HistoryEvent> changes = window.stream().filter(DeliveryMetrics::isChange).toList();

        Map<EventKind, Integer> changesByKind = new EnumMap<>(EventKind.class);
        Map<EventKind, Double> medianByKind = new EnumMap<>(EventKind.class);
        Map<EventKind, Integer> leadTimesByKind = new EnumMap<>(EventKind.class);
        for (EventKind kind : CHANGE_KINDS) {
            List<HistoryEvent> ofKind = changes.stream().filter(e -> e.kind() == kind).toList();
            changesByKind.put(kind, ofKind.size());
            List<Double> leadTimes = ofKind.stream().map(HistoryEvent::leadTimeDays).filter(Objects::nonNull).toList();
            medianByKind.put(kind, Median.of(leadTimes));
            leadTimesByKind.put(kind, leadTimes.size());
        }
        List<Double> leadTimes = changes.stream().map(HistoryEvent::leadTimeDays).filter(Objects::nonNull).toList();

        int withOutcome = (int) changes.stream().filter(e -> e.failed() != null).count();
        int failed = (int) changes.stream().filter(e -> Boolean.TRUE.equals(e.failed())).count();
        Double rate = withOutcome >= thresholds.minChangesForRates() ? round((double) failed / withOutcome, 3) : null;
        List<Double> restores = window.stream()
                .filter(e -> Boolean.TRUE.equals(e.failed()) && isChange(e) || e.kind() == EventKind.INCIDENT_RESOLVED)
                .map(HistoryEvent::restoreHours).filter(Objects::nonNull).toList();
        int rollbacks = (int) window.stream().filter(e -> e.kind() == EventKind.ROLLBACK).count();

        return new DeliveryMetrics(start, windowDays, changes.size(), changesByKind,
                round(changes.size() * 30.0 / windowDays, 1),
                changes.isEmpty() ? windowDays : (double) windowDays / changes.size(),
                Median.of(leadTimes), leadTimes.size(), medianByKind, leadTimesByKind,
                withOutcome, failed, rate, Median.of(restores), restores.size(), rollbacks,
                daysSinceLastChange(project, asOf));
    }

    /** For each PRODUCTION model: the days since its last change up to {@code asOf}, or null when it never changed. */
    private static Map<String, Long> daysSinceLastChange(Project project, LocalDate asOf) {
        Map<String, Long> days = new LinkedHashMap<>();
        for (Model model : project.models()) {
            if (model.stage() != Stage.PRODUCTION) {
                continue;
            }
            LocalDate last = lastChange(project, model.name(), asOf);
            days.put(model.name(), last == null ? null : ChronoUnit.DAYS.between(last, asOf));
        }
        return days;
    }

    /** The date of the model's last change in all history up to {@code asOf}, or null when it never changed. */
    public static LocalDate lastChange(Project project, String model, LocalDate asOf) {
        return project.history().stream()
                .filter(e -> isChange(e) && model.equals(e.model()) && !e.date().isAfter(asOf))
                .map(HistoryEvent::date).max(LocalDate::compareTo).orElse(null);
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
