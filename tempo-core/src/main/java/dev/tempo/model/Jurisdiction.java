package dev.tempo.model;


/**
 * A jurisdiction whose rules apply to the project (article section 6).
 *
 * @param code                    required, unique; an ISO-like code (EU, US, UK, ...); the set is open
 * @param regime                  its data-protection regime, or null when unknown
 * @param dataResidency           whether personal data must stay in the jurisdiction
 * @param documentationRequired   whether the regime requires documentation (model card, audit trail)
 * @param thirdPartyAuditRequired whether the regime requires a third-party audit
 */
public record Jurisdiction(
        String code, Regime regime, Boolean dataResidency, Boolean documentationRequired, Boolean thirdPartyAuditRequired) {
    public Jurisdiction {
        Checks.required(code, "code");
    }

    /** A builder for a jurisdiction with the given code, everything else unknown. */
    public static Builder builder(String code) {
        return new Builder(code);
    }

    /** A builder holding this jurisdiction's values. */
    public Builder toBuilder() {
        Builder builder = new Builder(code);
        builder.regime = regime;
        builder.dataResidency = dataResidency;
        builder.documentationRequired = documentationRequired;
        builder.thirdPartyAuditRequired = thirdPartyAuditRequired;
        return builder;
    }

    /** Builds a {@link Jurisdiction}. Not thread-safe. */
    public static final class Builder {
        private String code;
        private Regime regime;
        private Boolean dataResidency;
        private Boolean documentationRequired;
        private Boolean thirdPartyAuditRequired;

        private Builder(String code) {
            this.code = code;
        }

        /** Sets the code (required, unique within the project). */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /** Sets its data-protection regime; null means unknown. */
        public Builder regime(Regime regime) {
            this.regime = regime;
            return this;
        }

        /** Sets whether personal data must stay in the jurisdiction; null means unknown. */
        public Builder dataResidency(Boolean dataResidency) {
            this.dataResidency = dataResidency;
            return this;
        }

        /** Sets whether the regime requires documentation (model card, audit trail); null means unknown. */
        public Builder documentationRequired(Boolean documentationRequired) {
            this.documentationRequired = documentationRequired;
            return this;
        }

        /** Sets whether the regime requires a third-party audit; null means unknown. */
        public Builder thirdPartyAuditRequired(Boolean thirdPartyAuditRequired) {
            this.thirdPartyAuditRequired = thirdPartyAuditRequired;
            return this;
        }

        /**
         * The jurisdiction.
         *
         * @throws InvalidFieldException when a field is not allowed, naming its path from the jurisdiction
         */
        public Jurisdiction build() {
            return new Jurisdiction(code, regime, dataResidency, documentationRequired, thirdPartyAuditRequired);
        }
    }
}
