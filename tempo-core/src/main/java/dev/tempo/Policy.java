package dev.tempo;

import dev.tempo.model.Regime;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An organisation's policy: thresholds, severity overrides, disabled rules, the regimes that ask
 * for a DPIA, strict mode and scoring. {@link #DEFAULTS} is the heuristics catalogue's.
 *
 * <p>Rule ids named here are checked against the loaded rules when the policy is given to an engine.
 *
 * @param thresholds       the tunable numbers of the rules
 * @param severities       severity overrides by rule id; an override applies to every finding of that rule
 * @param disabled         rule ids whose findings are not reported
 * @param dpiaRegimes      the regimes that ask for a data protection impact assessment (GDPR, UK_GDPR)
 * @param unknownAsFinding strict mode: an unknown flag or enum counts as its worst value
 * @param scoring          how findings become scores
 */
@RecordBuilder
public record Policy(
        Thresholds thresholds,
        Map<String, Severity> severities,
        Set<String> disabled,
        Set<Regime> dpiaRegimes,
        Boolean unknownAsFinding,
        Scoring scoring) {

    /** The defaults of the heuristics catalogue. */
    public static final Policy DEFAULTS = new Policy(null, null, null, null, null, null);

    public Policy {
        thresholds = Objects.requireNonNullElse(thresholds, Thresholds.DEFAULTS);
        severities = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNullElse(severities, Map.of())));
        disabled = Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNullElse(disabled, Set.of())));
        dpiaRegimes = dpiaRegimes == null ? Set.of(Regime.GDPR, Regime.UK_GDPR)
                : Collections.unmodifiableSet(dpiaRegimes.isEmpty() ? EnumSet.noneOf(Regime.class) : EnumSet.copyOf(dpiaRegimes));
        unknownAsFinding = Objects.requireNonNullElse(unknownAsFinding, false);
        scoring = Objects.requireNonNullElse(scoring, Scoring.DEFAULTS);
    }

    /** A builder starting from the defaults. */
    public static PolicyBuilder builder() {
        return PolicyBuilder.builder(DEFAULTS);
    }

    /** The severity of a rule's findings under this policy. */
    public Severity severityOf(String ruleId, Severity declared) {
        return severities.getOrDefault(ruleId, declared);
    }

    /** Whether the rule's findings are reported under this policy. */
    public boolean isEnabled(String ruleId) {
        return !disabled.contains(ruleId);
    }
}
