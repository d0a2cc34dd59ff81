package dev.tempo.internal;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.tempo.model.InvalidFieldException;
import dev.tempo.model.Problem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Turns Jackson's data-binding exceptions into {@link Problem}s that name the field path, the value
 * as written and what is expected, located with the document's own {@link LocationIndex} (Jackson's
 * location is the end of the enclosing object when a record's constructor rejects a value).
 */
final class BindingErrors {
    private BindingErrors() {}

    /**
     * One mistake found by binding: the problem to report and the value (by its path in the document
     * as written) to leave out so that binding can look for the next mistake; null when binding
     * cannot go on past this one.
     */
    record Mistake(Problem problem, String drop) {}

    /**
     * The mistake behind a binding exception.
     *
     * @param exclusions the values already left out: binding's paths are mapped back to the document's
     */
    static Mistake mistake(JsonMappingException e, String source, LocationIndex index, Exclusions exclusions) {
        String bound = pathOf(e.getPath());
        String path = exclusions.original(bound);
        String message;
        String drop = path;
        if (e instanceof UnrecognizedPropertyException unknown) {
            message = unknownField(unknown);
        } else if (e instanceof ValueInstantiationException instantiation) {
            InvalidFieldException invalid = invalidField(e);
            String misspelt = unknownFieldOf(instantiation.getType().getRawClass(), path, index, exclusions);
            if (misspelt != null) {
                // an unknown field Jackson let pass: report it first. When the record failed for want of
                // a field, the misspelling is why, and the record cannot be built without the real one;
                // otherwise leave the unknown field out and read on to the record's own problem
                boolean missing = invalid == null || invalid.problem().startsWith("is required");
                List<String> known = componentNames(instantiation.getType().getRawClass());
                String record = path;
                path = join(path, misspelt);
                drop = !missing ? path : isListEntry(record) ? record : null;
                message = unknownField(misspelt, known);
            } else if (invalid != null) {
                String record = path;
                path = exclusions.original(join(bound, invalid.field()));
                message = invalid.problem();
                drop = dropFor(record, path, message);
            } else {
                message = "is invalid: " + Objects.toString(rootCause(e).getMessage(), rootCause(e).getClass().getSimpleName());
                drop = isListEntry(path) ? path : null;
            }
        } else if (rootCause(e) instanceof NumberFormatException) {
            message = "is " + index.written(path) + "; must be a finite number";
        } else if (e instanceof InvalidFormatException format && isMapKey(format, index, path)) {
            message = "has the key \"" + format.getValue() + "\"; keys must be " + expected(format.getTargetType());
        } else if (e instanceof InvalidNullException) {
            message = "is null; must be a value (leave the entry out instead)";
        } else if (e instanceof MismatchedInputException mismatch) {
            message = wrongType(index.written(path), mismatch.getTargetType());
        } else if (e.getCause() instanceof InputCoercionException range) {
            message = "is " + index.written(path) + ", which is out of range; must be " + expected(range.getTargetType())
                    + " from " + minOf(range.getTargetType()) + " to " + maxOf(range.getTargetType());
        } else {
            message = "is invalid: " + DocumentScanner.shortMessage(e.getOriginalMessage());
            drop = null;
        }
        Position at = index.nearest(path);
        return new Mistake(new Problem(source, path, at.line(), at.column(), message), drop == null || drop.isEmpty() ? null : drop);
    }

    /**
     * What to leave out after a record rejected one of its fields: the field itself; the list entry
     * when a required field is missing or a name repeats (the entry cannot be built, or is a
     * duplicate); nothing (stop) when a required field of a section that is not a list entry is missing.
     */
    private static String dropFor(String record, String field, String message) {
        boolean required = message.startsWith("is required");
        boolean duplicate = message.endsWith("must be unique");
        if (!required && !duplicate) {
            return field;
        }
        String entry = field;
        while (!entry.isEmpty() && !entry.endsWith("]")) {
            entry = LocationIndex.parent(entry);
        }
        if (entry.length() < record.length() && required) {
            entry = record;
        }
        return isListEntry(entry) ? entry : null;
    }

    /**
     * Whether a mistake only follows from earlier ones: a value the reader left out is now missing,
     * or a required field is missing from a mapping where an unknown (likely misspelt) field was
     * already reported.
     */
    static boolean isConsequence(Problem problem, List<Problem> earlier, Exclusions exclusions) {
        if (exclusions.contains(problem.path())) {
            return true;
        }
        String mapping = LocationIndex.parent(problem.path());
        return problem.message().startsWith("is required") && earlier.stream().anyMatch(p ->
                p.message().startsWith("is not a known field") && LocationIndex.parent(p.path()).equals(mapping));
    }

    private static boolean isListEntry(String path) {
        return path.endsWith("]");
    }

    private static String pathOf(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String join(String path, String field) {
        if (path.isEmpty()) {
            return field;
        }
        return field.startsWith("[") ? path + field : path + "." + field;
    }

    private static InvalidFieldException invalidField(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidFieldException invalid) {
                return invalid;
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String unknownField(UnrecognizedPropertyException e) {
        return unknownField(e.getPropertyName(), knownFields(e));
    }

    private static String unknownField(String name, List<String> known) {
        String message = "is not a known field; known fields: " + String.join(", ", known);
        String suggestion = Suggestion.closest(name, known);
        return suggestion == null ? message : message + "; maybe you meant " + suggestion + "?";
    }

    /** The first (by name) field written in the mapping at {@code path}, and not left out, that the record does not have, or null. */
    private static String unknownFieldOf(Class<?> type, String path, LocationIndex index, Exclusions exclusions) {
        if (type == null || !type.isRecord()) {
            return null;
        }
        List<String> known = componentNames(type);
        return index.fieldNames(path).stream().filter(name -> !known.contains(name) && !exclusions.contains(join(path, name)))
                .sorted().findFirst().orElse(null);
    }

    private static List<String> componentNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(c -> c.getName()).toList();
    }

    /** The fields in declaration order for a record, else as Jackson lists them, sorted. */
    private static List<String> knownFields(UnrecognizedPropertyException e) {
        Class<?> type = e.getReferringClass();
        if (type != null && type.isRecord()) {
            return componentNames(type);
        }
        Collection<Object> ids = e.getKnownPropertyIds();
        return ids == null ? List.of() : ids.stream().map(String::valueOf).sorted().toList();
    }

    /** A map's key is rejected before the key is part of Jackson's path: the path names the map itself. */
    private static boolean isMapKey(InvalidFormatException e, LocationIndex index, String path) {
        return "a mapping".equals(index.written(path)) && e.getValue() instanceof String;
    }

    static String wrongType(String written, Class<?> target) {
        String value = written == null ? "missing" : written;
        String message = "is " + value + "; must be " + expected(target);
        if (written != null && written.startsWith("\"") && isNumberOrBoolean(target)) {
            return message + " (write it without quotes)";
        }
        if (written != null && target == String.class && !written.startsWith("\"") && !written.startsWith("a ")) {
            return message + " (quote it to make it text: \"" + written + "\")";
        }
        return message;
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (isWhole(type)) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class || type == BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "))
                    + " (any case)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "a mapping";
    }

    private static boolean isWhole(Class<?> type) {
        return type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class;
    }

    private static boolean isNumberOrBoolean(Class<?> type) {
        return type != null && (isWhole(type) || Number.class.isAssignableFrom(type)
                || (type.isPrimitive() && type != char.class) || type == Boolean.class);
    }

    private static String minOf(Class<?> type) {
        return type == Integer.class || type == int.class ? String.valueOf(Integer.MIN_VALUE) : String.valueOf(Long.MIN_VALUE);
    }

    private static String maxOf(Class<?> type) {
        return type == Integer.class || type == int.class ? String.valueOf(Integer.MAX_VALUE) : String.valueOf(Long.MAX_VALUE);
    }

    /** A close known name for a misspelt one. */
    static final class Suggestion {
        private Suggestion() {}

        static String closest(String name, List<String> known) {
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (String candidate : known) {
                String n = name.toLowerCase(Locale.ROOT);
                String c = candidate.toLowerCase(Locale.ROOT);
                int distance = distance(n, c);
                if (n.length() >= 4 && c.length() > n.length()) {
                    // a misspelt start of a longer name: "experiance" for experienceYears
                    distance = Math.min(distance, distance(n, c.substring(0, n.length())));
                }
                if (distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            return best != null && bestDistance <= Math.max(2, name.length() / 4) ? best : null;
        }

        /** Levenshtein distance. */
        private static int distance(String a, String b) {
            int[] previous = new int[b.length() + 1];
            int[] current = new int[b.length() + 1];
            for (int j = 0; j <= b.length(); j++) {
                previous[j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                current[0] = i;
                for (int j = 1; j <= b.length(); j++) {
                    int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                    current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                }
                int[] swap = previous;
                previous = current;
                current = swap;
            }
            return previous[b.length()];
        }
    }
}
