package dev.tempo.engine;

import dev.tempo.Policy;
import dev.tempo.Tempo;
import dev.tempo.engine.internal.RuleBase;

/**
 * The default pack compiled from its DRL at run time, ignoring its pre-built form: the reference
 * that the pre-built rule base must match finding for finding.
 */
public final class ReferenceEngine {
    private static final Tempo ENGINE = TempoEngine.of(RuleBase.compile(DefaultPack.files()), Policy.DEFAULTS);

    private ReferenceEngine() {}

    /** The default pack compiled from DRL, with the given policy. */
    public static Tempo compiledFromDrl(Policy policy) {
        return policy.equals(ENGINE.policy()) ? ENGINE : ENGINE.withPolicy(policy);
    }
}
