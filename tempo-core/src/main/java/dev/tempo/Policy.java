package dev.tempo;

import dev.tempo.model.Regime;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
    public static Builder builder() {
        return DEFAULTS.toBuilder();
    }

    /** A builder holding this policy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The severity of a rule's findings under this policy. */
    public Severity severityOf(String ruleId, Severity declared) {
        return severities.getOrDefault(ruleId, declared);
    }

    /** Whether the rule's findings are reported under this policy. */
    public boolean isEnabled(String ruleId) {
        return !disabled.contains(ruleId);
    }

    /** Builds a {@link Policy}, starting from the one it was made from. Not thread-safe. */
    public static final class Builder {
        private Thresholds thresholds;
        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private final Set<String> disabled = new LinkedHashSet<>();
        private Set<Regime> dpiaRegimes;
        private boolean unknownAsFinding;
        private Scoring scoring;

        private Builder(Policy policy) {
            thresholds = policy.thresholds;
            severities.putAll(policy.severities);
            disabled.addAll(policy.disabled);
            dpiaRegimes = policy.dpiaRegimes;
            unknownAsFinding = policy.unknownAsFinding;
            scoring = policy.scoring;
        }

        /** Sets the thresholds; null means the defaults. */
        public Builder thresholds(Thresholds thresholds) {
            this.thresholds = thresholds;
            return this;
        }

        /** Replaces the severity overrides, by rule id; null means none. */
        public Builder severities(Map<String, Severity> severities) {
            this.severities.clear();
            if (severities != null) {
                this.severities.putAll(severities);
            }
            return this;
        }

        /** Overrides the severity of one rule's findings. */
        public Builder severity(String ruleId, Severity severity) {
            severities.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /** Replaces the rule ids whose findings are not reported; null means none. */
        public Builder disabled(Set<String> ruleIds) {
            disabled.clear();
            if (ruleIds != null) {
                disabled.addAll(ruleIds);
            }
            return this;
        }

        /** Replaces the rule ids whose findings are not reported. */
        public Builder disabled(String... ruleIds) {
            return disabled(ruleIds == null ? null : new LinkedHashSet<>(Arrays.asList(ruleIds)));
        }

        /** Replaces the regimes that ask for a data protection impact assessment; null means GDPR and UK_GDPR. */
        public Builder dpiaRegimes(Set<Regime> regimes) {
            this.dpiaRegimes = regimes;
            return this;
        }

        /** Replaces the regimes that ask for a data protection impact assessment. */
        public Builder dpiaRegimes(Regime... regimes) {
            return dpiaRegimes(regimes == null ? null : new LinkedHashSet<>(Arrays.asList(regimes)));
        }

        /** Sets strict mode: an unknown flag or enum counts as its worst value. */
        public Builder unknownAsFinding(boolean unknownAsFinding) {
            this.unknownAsFinding = unknownAsFinding;
            return this;
        }

        /** Sets how findings become scores; null means the defaults. */
        public Builder scoring(Scoring scoring) {
            this.scoring = scoring;
            return this;
        }

        /** The policy. */
        public Policy build() {
            return new Policy(thresholds, severities, disabled, dpiaRegimes, unknownAsFinding, scoring);
        }
    }
}
