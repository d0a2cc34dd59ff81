package dev.tempo.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The validations shared by the domain records' constructors. */
final class Checks {
    private Checks() {}

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "is required");
        }
        return value;
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
        return value;
    }

    static Integer nonNegative(Integer value, String field) {
        if (value != null && value < 0) {
            throw new InvalidFieldException(field, "is " + value + "; must be 0 or more");
        }
        return value;
    }

    static Long nonNegative(Long value, String field) {
        if (value != null && value < 0) {
            throw new InvalidFieldException(field, "is " + value + "; must be 0 or more");
        }
        return value;
    }

    static Double nonNegative(Double value, String field) {
        if (value != null && (value.isNaN() || value.isInfinite())) {
            throw new InvalidFieldException(field, "is " + value + "; must be a finite number, 0 or more");
        }
        if (value != null && value < 0) {
            throw new InvalidFieldException(field, "is " + plain(value) + "; must be 0 or more");
        }
        return value;
    }

    /** A number as a person writes it: {@code -3}, not {@code -3.0}. */
    static String plain(double value) {
        return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** A copy of the list, empty for null; no element may be null. */
    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new InvalidFieldException(field + "[" + i + "]", "is null; must be a value");
            }
        }
        return List.copyOf(values);
    }

    /** Rejects the second element whose key repeats an earlier one. */
    static <T> void unique(List<T> values, Function<T, ?> key, String field, String keyName) {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            Object k = key.apply(values.get(i));
            if (!seen.add(k)) {
                throw new InvalidFieldException(field + "[" + i + "]" + (keyName.isEmpty() ? "" : "." + keyName),
                        "is " + k + ", which is already declared; must be unique");
            }
        }
    }
}
