package dev.tempo.model;

/**
 * Thrown by a domain record's constructor when a field has a value the domain does not allow.
 *
 * <p>{@link #field()} is the path of the field relative to the record that rejected it
 * ({@code experienceYears}, or {@code models[1].trainedOn[0]} for a check across records), so a
 * reader of a descriptor can prefix it with the record's own path and point at the line.
 */
public final class InvalidFieldException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    /**
     * @param field   the field's path relative to the rejecting record
     * @param problem what is wrong and what is expected, without the field name
     *                ({@code is -3; must be 0 or more})
     */
    public InvalidFieldException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The path of the rejected field, relative to the record that rejected it. */
    public String field() {
        return field;
    }

    /** What is wrong with the value and what is expected, without the field name. */
    public String problem() {
        return problem;
    }
}
