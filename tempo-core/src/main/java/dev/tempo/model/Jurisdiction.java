package dev.tempo.model;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * A jurisdiction whose rules apply to the project (article section 6).
 *
 * @param code                    required, unique; an ISO-like code (EU, US, UK, ...); the set is open
 * @param regime                  its data-protection regime, or null when unknown
 * @param dataResidency           whether personal data must stay in the jurisdiction
 * @param documentationRequired   whether the regime requires documentation (model card, audit trail)
 * @param thirdPartyAuditRequired whether the regime requires a third-party audit
 */
@RecordBuilder
public record Jurisdiction(
        String code, Regime regime, Boolean dataResidency, Boolean documentationRequired, Boolean thirdPartyAuditRequired) {
    public Jurisdiction {
        Checks.required(code, "code");
    }

    public static JurisdictionBuilder builder(String code) {
        return JurisdictionBuilder.builder().code(code);
    }
}
