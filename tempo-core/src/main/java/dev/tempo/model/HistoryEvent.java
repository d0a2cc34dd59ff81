package dev.tempo.model;

import java.time.LocalDate;

/**
 * A delivery event, for measured tempo.
 *
 * @param date         required
 * @param kind         required
 * @param model        the declared model it concerns, or null
 * @param leadTimeDays days from start of work on the change to production, or null
 * @param failed       whether the change failed, or null when unknown
 * @param restoreHours for failed changes, hours until service was restored, or null
 */
public record HistoryEvent(LocalDate date, EventKind kind, String model, Double leadTimeDays, Boolean failed, Double restoreHours) {
    public HistoryEvent {
        Checks.required(date, "date");
        Checks.date(date, "date");
        Checks.required(kind, "kind");
        Checks.nonNegative(leadTimeDays, "leadTimeDays");
        Checks.nonNegative(restoreHours, "restoreHours");
    }
}
