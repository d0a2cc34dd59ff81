package dev.tempo.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who the project is: the {@code project} section of a descriptor.
 *
 * @param id        required; {@code [a-z0-9][a-z0-9._-]{0,63}}
 * @param name      a readable name, or null
 * @param industry  the industry served, or null when unknown
 * @param startedOn when work started, or null when unknown
 * @param labels    the organisation's own labels (see {@link Labelled}); empty when none
 */
public record ProjectInfo(String id, String name, Industry industry, LocalDate startedOn, Map<String, String> labels) implements Labelled {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public ProjectInfo {
        Checks.required(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new InvalidFieldException("id", "is \"" + id + "\"; must match [a-z0-9][a-z0-9._-]{0,63}"
                    + " (lower-case letters, digits, '.', '_' and '-')");
        }
        labels = Checks.labels(labels, "labels");
        Checks.date(startedOn, "startedOn");
    }

    /** Who the project is, without labels. */
    public ProjectInfo(String id, String name, Industry industry, LocalDate startedOn) {
        this(id, name, industry, startedOn, null);
    }

    /** A project known only by its id. */
    public static ProjectInfo of(String id) {
        return new ProjectInfo(id, null, null, null);
    }
}
