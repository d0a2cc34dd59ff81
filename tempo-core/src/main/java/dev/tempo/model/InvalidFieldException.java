package dev.tempo.model;

/**
 * A field has a value the domain does not allow: the {@link InvalidInputException} of a domain
 * record or its builder, with exactly one {@link Problem} (no file, line or column).
 *
 * <p>{@link #field()} is the field's path. A builder's {@code build()} names it from the record it
 * builds ({@code team.members[1].experienceYears} from {@code Project.builder(..)...build()}, when
 * the team and its members were given as builders); a record's constructor called directly names it
 * relative to that record ({@code experienceYears}, or {@code models[1].trainedOn[0]} for a check
 * across records), so a reader of a descriptor can prefix it with the record's own path and point at
 * the line.
 */
public final class InvalidFieldException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    /**
     * @param field   the field's path, relative to the rejecting record
     * @param problem what is wrong and what is expected, without the field name
     *                ({@code is -3; must be 0 or more})
     */
    public InvalidFieldException(String field, String problem) {
        super(new Problem(null, field, 0, 0, problem));
        this.field = field;
        this.problem = problem;
    }

    /** The path of the rejected field. */
    public String field() {
        return field;
    }

    /** What is wrong with the value and what is expected, without the field name. */
    public String problem() {
        return problem;
    }

    /** The same problem with the field's path under {@code path} ({@code team} + {@code members[1].name}); this is its cause. */
    InvalidFieldException under(String path) {
        String full = field.isEmpty() ? path : field.startsWith("[") ? path + field : path + "." + field;
        InvalidFieldException moved = new InvalidFieldException(full, problem);
        moved.initCause(this);
        return moved;
    }
}
