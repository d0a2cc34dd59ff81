package dev.tempo.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --as-of}; a bad date is a usage error (exit 2). */
final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date; use YYYY-MM-DD, e.g. 2026-11-27");
        }
        if (date.getYear() < 1900 || date.getYear() > 9999) {
            throw new TypeConversionException("'" + value + "' is out of range; use a date from 1900-01-01 to 9999-12-31");
        }
        return date;
    }
}
