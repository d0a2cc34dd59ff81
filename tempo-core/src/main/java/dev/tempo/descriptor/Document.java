package dev.tempo.descriptor;

import dev.tempo.internal.LocationIndex;
import dev.tempo.internal.Parsed;
import dev.tempo.internal.Position;
import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Problem;
import java.util.Optional;

/**
 * A value read from a descriptor or policy, with the locations of its fields, so that a check made
 * later (a waiver for a rule that is not loaded, at {@code waivers[1].rule}) can point at the line.
 *
 * @param <T> the type of the value
 */
public final class Document<T> {
    private final String source;
    private final T value;
    private final LocationIndex index;

    Document(Parsed<T> parsed) {
        this.source = parsed.source();
        this.value = parsed.value();
        this.index = parsed.index();
    }

    /** The file name, or the source name given with the content ({@code <stdin>}). */
    public String source() {
        return source;
    }

    /** The value read. */
    public T value() {
        return value;
    }

    /**
     * Where the value at a field path ({@code team.members[2].experienceYears}) starts, or empty
     * when the document has no value at that path.
     */
    public Optional<Location> locate(String fieldPath) {
        return index.locate(fieldPath).map(at -> new Location(at.line(), at.column()));
    }

    /**
     * A problem with the field at this path, located at its value or, when the field is absent, at
     * the nearest enclosing value.
     *
     * @param fieldPath the field path ({@code waivers[1].rule})
     * @param message   what is wrong and what is expected, without the path ({@code is "TEMPO-X-99", which is not a loaded rule})
     */
    public Problem problemAt(String fieldPath, String message) {
        Position location = index.nearest(fieldPath);
        return new Problem(source, fieldPath, location.line(), location.column(), message);
    }

    /** {@link #problemAt} as an exception, ready to throw. */
    public InvalidInputException invalidAt(String fieldPath, String message) {
        return new InvalidInputException(problemAt(fieldPath, message));
    }
}
