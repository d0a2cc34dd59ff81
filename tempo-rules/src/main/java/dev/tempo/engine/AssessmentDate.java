package dev.tempo.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The assessment date, as a fact every date-dependent rule matches: rules never read the clock.
 *
 * @param date the day the project is assessed on
 */
public record AssessmentDate(LocalDate date) {
    public AssessmentDate {
        Objects.requireNonNull(date, "date");
    }
}
