package dev.tempo.model;


/**
 * How the project handles its regulatory requirements. Null means unknown.
 *
 * @param requirementsClarified  whether the rules were clarified before work started
 * @param dpiaCompleted          whether a data protection impact assessment was completed
 * @param modelValidationPlanned whether model validation is planned
 * @param documentationPlanned   whether the required documentation is planned
 */
public record Regulation(
        Boolean requirementsClarified, Boolean dpiaCompleted, Boolean modelValidationPlanned, Boolean documentationPlanned) {
    /** Regulation of which nothing is known. */
    public static final Regulation UNKNOWN = new Regulation(null, null, null, null);

    /** A builder for regulation of which nothing is known yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this regulation's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.requirementsClarified = requirementsClarified;
        builder.dpiaCompleted = dpiaCompleted;
        builder.modelValidationPlanned = modelValidationPlanned;
        builder.documentationPlanned = documentationPlanned;
        return builder;
    }

    /** Builds a {@link Regulation}. Not thread-safe. */
    public static final class Builder {
        private Boolean requirementsClarified;
        private Boolean dpiaCompleted;
        private Boolean modelValidationPlanned;
        private Boolean documentationPlanned;

        private Builder() {}

        /** Sets whether the rules were clarified before work started; null means unknown. */
        public Builder requirementsClarified(Boolean requirementsClarified) {
            this.requirementsClarified = requirementsClarified;
            return this;
        }

        /** Sets whether a data protection impact assessment was completed; null means unknown. */
        public Builder dpiaCompleted(Boolean dpiaCompleted) {
            this.dpiaCompleted = dpiaCompleted;
            return this;
        }

        /** Sets whether model validation is planned; null means unknown. */
        public Builder modelValidationPlanned(Boolean modelValidationPlanned) {
            this.modelValidationPlanned = modelValidationPlanned;
            return this;
        }

        /** Sets whether the required documentation is planned; null means unknown. */
        public Builder documentationPlanned(Boolean documentationPlanned) {
            this.documentationPlanned = documentationPlanned;
            return this;
        }

        /**
         * The regulation.
         *
         * @throws InvalidFieldException when a field is not allowed, naming its path from the regulation
         */
        public Regulation build() {
            return new Regulation(requirementsClarified, dpiaCompleted, modelValidationPlanned, documentationPlanned);
        }
    }
}
