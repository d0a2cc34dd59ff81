package dev.tempo.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

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

    private static final java.util.regex.Pattern LABEL_KEY = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._/-]{0,63}");
    static final int MAX_LABELS = 64;
    static final int MAX_LABEL_LENGTH = 256;

    /**
     * A copy of labels sorted by key, empty for null: at most {@value #MAX_LABELS}, keys
     * {@code [a-z0-9][a-z0-9._/-]{0,63}}, values text of at most {@value #MAX_LABEL_LENGTH} characters.
     */
    static java.util.Map<String, String> labels(java.util.Map<String, String> labels, String field) {
        if (labels == null) {
            return java.util.Map.of();
        }
        if (labels.size() > MAX_LABELS) {
            throw new InvalidFieldException(field, "has " + labels.size() + " labels; must have at most " + MAX_LABELS);
        }
        java.util.TreeMap<String, String> sorted = new java.util.TreeMap<>();
        for (java.util.Map.Entry<String, String> label : labels.entrySet()) {
            String key = label.getKey();
            if (key == null || !LABEL_KEY.matcher(key).matches()) {
                throw new InvalidFieldException(field + "." + key, "is not a label key; keys must match [a-z0-9][a-z0-9._/-]{0,63}"
                        + " (lower-case letters, digits, '.', '_', '/' and '-')");
            }
            if (label.getValue() == null) {
                throw new InvalidFieldException(field + "." + key, "is null; must be text");
            }
            if (label.getValue().length() > MAX_LABEL_LENGTH) {
                throw new InvalidFieldException(field + "." + key, "is " + label.getValue().length()
                        + " characters long; must be at most " + MAX_LABEL_LENGTH);
            }
            sorted.put(key, label.getValue());
        }
        return java.util.Collections.unmodifiableMap(sorted);
    }

    /** The earliest year a date may have: dates are about ML projects, and rules add and subtract days from them. */
    static final int MIN_YEAR = 1900;
    /** The latest year a date may have. */
    static final int MAX_YEAR = 9999;

    /** A date from {@value #MIN_YEAR} to {@value #MAX_YEAR}, or null (unknown). */
    static java.time.LocalDate date(java.time.LocalDate value, String field) {
        if (value != null && (value.getYear() < MIN_YEAR || value.getYear() > MAX_YEAR)) {
            throw new InvalidFieldException(field, "is " + value + "; must be a date from " + MIN_YEAR + "-01-01 to " + MAX_YEAR + "-12-31");
        }
        return value;
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

    /**
     * The value built, with the path of any field it rejects put under {@code path}: how a builder
     * names the full path of a field of a section or list entry it builds.
     */
    static <T> T built(String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidFieldException e) {
            throw e.under(path);
        }
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
