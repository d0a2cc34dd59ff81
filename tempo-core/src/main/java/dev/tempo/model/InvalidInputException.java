package dev.tempo.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A descriptor, policy or rule pack is wrong, or a project or policy built in Java holds a value the
 * domain does not allow. {@link #problems()} says where and what, each with the file, field path, line
 * and column where known; the message lists them one per line. The domain records and their builders
 * throw the subtype {@link dev.tempo.model.InvalidFieldException}, whose one problem names the field.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    /** What is wrong, in input order. */
    public List<Problem> problems() {
        return problems;
    }
}
