package dev.tempo.model;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * How the project handles its regulatory requirements. Null means unknown.
 *
 * @param requirementsClarified  whether the rules were clarified before work started
 * @param dpiaCompleted          whether a data protection impact assessment was completed
 * @param modelValidationPlanned whether model validation is planned
 * @param documentationPlanned   whether the required documentation is planned
 */
@RecordBuilder
public record Regulation(
        Boolean requirementsClarified, Boolean dpiaCompleted, Boolean modelValidationPlanned, Boolean documentationPlanned) {
    /** Regulation of which nothing is known. */
    public static final Regulation UNKNOWN = new Regulation(null, null, null, null);

    public static RegulationBuilder builder() {
        return RegulationBuilder.builder();
    }
}
