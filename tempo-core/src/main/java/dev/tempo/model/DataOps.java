package dev.tempo.model;

/**
 * The project's DataOps (article section 2).
 *
 * @param maturity how mature DataOps is, or null when unknown
 */
public record DataOps(DataOpsMaturity maturity) {
    /** DataOps of which nothing is known. */
    public static final DataOps UNKNOWN = new DataOps(null);
}
