package dev.tempo;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A driver of operational tempo. The article's seven and {@link #DELIVERY}, tempo as measured from a
 * project's history, are constants; a custom rule pack may add its own.
 *
 * @param id upper-case letters, digits and underscores, starting with a letter
 */
public record Factor(String id) implements Comparable<Factor> {
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** Article section 1: strategic goals. */
    public static final Factor GOALS = new Factor("GOALS");
    /** Article section 2: data and DataOps. */
    public static final Factor DATA = new Factor("DATA");
    /** Article section 3: team size, organisation and experience. */
    public static final Factor TEAM = new Factor("TEAM");
    /** Article section 4a: infrastructure. */
    public static final Factor INFRASTRUCTURE = new Factor("INFRASTRUCTURE");
    /** Article section 4b: tools. */
    public static final Factor TOOLING = new Factor("TOOLING");
    /** Article section 5: modelling complexity. */
    public static final Factor MODEL = new Factor("MODEL");
    /** Article section 6: regulatory requirements. */
    public static final Factor REGULATION = new Factor("REGULATION");

    /**
     * Tempo as measured from the project's {@code history} (lead time, change failure rate, time to
     * restore, staleness). Scored only when the project has history up to the assessment date.
     */
    public static final Factor DELIVERY = new Factor("DELIVERY");

    /** The article's seven factors, in the article's order: always scored. */
    public static final List<Factor> STANDARD = List.of(GOALS, DATA, TEAM, INFRASTRUCTURE, TOOLING, MODEL, REGULATION);

    /** The default pack's eight factors in report order: the article's seven, then DELIVERY. */
    public static final List<Factor> DEFAULT_PACK = List.of(GOALS, DATA, TEAM, INFRASTRUCTURE, TOOLING, MODEL, REGULATION, DELIVERY);

    public Factor {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("\"" + id + "\" is not a factor id; must be upper-case letters, digits"
                    + " and underscores, starting with a letter (GOALS, DATA, ...)");
        }
    }

    /** The factor with this id. */
    public static Factor of(String id) {
        return new Factor(id);
    }

    /** The default pack's factors first, in {@link #DEFAULT_PACK} order; then others by id. */
    @Override
    public int compareTo(Factor other) {
        int mine = DEFAULT_PACK.indexOf(this);
        int theirs = DEFAULT_PACK.indexOf(other);
        if (mine >= 0 || theirs >= 0) {
            return Integer.compare(mine < 0 ? Integer.MAX_VALUE : mine, theirs < 0 ? Integer.MAX_VALUE : theirs);
        }
        return id.compareTo(other.id);
    }

    @Override
    public String toString() {
        return id;
    }
}
