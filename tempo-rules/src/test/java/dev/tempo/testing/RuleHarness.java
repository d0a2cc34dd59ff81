package dev.tempo.testing;

import dev.tempo.Assessment;
import dev.tempo.Finding;
import dev.tempo.Policy;
import dev.tempo.Tempo;
import dev.tempo.Unknown;
import dev.tempo.engine.ReferenceEngine;
import dev.tempo.engine.TempoEngine;
import dev.tempo.model.Project;
import java.time.LocalDate;
import java.util.List;

/**
 * Assesses a project as rule tests need: with the shared default engine, more than twenty times
 * (Drools compiles constraints to bytecode after about twenty evaluations, and some engine bugs
 * show only then), checking that every run gives the same assessment, and that the default pack
 * compiled from its DRL at run time gives that same assessment too: so every rule test also proves
 * that the pre-built rule base (Drools' executable model, built by Maven) matches the DRL.
 */
public final class RuleHarness {
    private static final Tempo ENGINE = TempoEngine.create();
    private static final int RUNS = 25;

    private RuleHarness() {}

    /** The shared engine with the default policy. */
    public static Tempo engine() {
        return ENGINE;
    }

    /** Assesses the project on {@link Fixtures#AS_OF} with the default policy. */
    public static Assessment assess(Project project) {
        return assess(project, Policy.DEFAULTS, Fixtures.AS_OF);
    }

    /** Assesses the project {@value #RUNS} times and returns the (identical) assessment. */
    public static Assessment assess(Project project, Policy policy, LocalDate asOf) {
        Tempo tempo = policy.equals(ENGINE.policy()) ? ENGINE : ENGINE.withPolicy(policy);
        Assessment first = tempo.assess(project, asOf);
        for (int i = 1; i < RUNS; i++) {
            Assessment again = tempo.assess(project, asOf);
            if (!again.equals(first)) {
                throw new AssertionError("run " + i + " differs from the first:\n" + again.report() + "\nfirst:\n" + first.report());
            }
        }
        Assessment fromDrl = ReferenceEngine.compiledFromDrl(policy).assess(project, asOf);
        if (!fromDrl.equals(first)) {
            throw new AssertionError("the pre-built rule base and the DRL compiled at run time differ:\n" + first.report()
                    + "\ncompiled from DRL:\n" + fromDrl.report());
        }
        return first;
    }

    /** The active findings of one rule. */
    public static List<Finding> findings(Assessment assessment, String ruleId) {
        return assessment.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** The unknown field paths that kept the given rule from deciding. */
    public static List<String> unknownFields(Assessment assessment, String ruleId) {
        return assessment.unknowns().stream().filter(u -> u.rules().contains(ruleId)).map(Unknown::field).toList();
    }
}
