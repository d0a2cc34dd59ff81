package dev.tempo.testkit;

import dev.tempo.Assessment;
import dev.tempo.RuleInfo;
import dev.tempo.Tempo;
import dev.tempo.model.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Runs one rule, or a set of rules such as a pack, against a project and states exactly what must
 * fire: the test kit for rule authors, in the spirit of Timefold's {@code ConstraintVerifier}.
 *
 * <pre>{@code
 * RuleVerifier verifier = RuleVerifier.of(tempo, LocalDate.of(2026, 11, 27));
 * verifier.verifyThat("ACME-01").given(project).firesExactlyOn("churn-model").withSeverity(Severity.HIGH);
 * verifier.verifyThat("ACME-02").given(other).doesNotFire().isUndecidedOn("tools[0].exportable");
 * verifier.verifyThatRules("ACME-01", "ACME-02").given(project).firesExactly("ACME-01 [churn-model]");
 * }</pre>
 *
 * <p>Every {@code given} assesses the project {@value #RUNS} times with the same engine and fails
 * when two runs differ: Drools compiles constraints to bytecode after about twenty evaluations, and
 * some engine bugs show only then. Failures are plain {@link AssertionError}s carrying the readable
 * report, so the verifier works in any test framework. A verifier is immutable and may be shared.
 */
public final class RuleVerifier {
    /** How many times each {@code given} assesses the project. */
    public static final int RUNS = 25;

    private final Tempo tempo;
    private final LocalDate asOf;

    private RuleVerifier(Tempo tempo, LocalDate asOf) {
        this.tempo = Objects.requireNonNull(tempo, "tempo");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * A verifier assessing on the given date, so that date-dependent rules give the same result every day.
     *
     * @throws NullPointerException when an argument is null
     */
    public static RuleVerifier of(Tempo tempo, LocalDate asOf) {
        return new RuleVerifier(tempo, asOf);
    }

    /**
     * A verifier assessing as of today; prefer {@link #of(Tempo, LocalDate)} for rules that read dates.
     *
     * @throws NullPointerException when tempo is null
     */
    public static RuleVerifier of(Tempo tempo) {
        return new RuleVerifier(tempo, LocalDate.now());
    }

    /**
     * Starts verifying one rule.
     *
     * @throws AssertionError when the rule is not loaded, or the engine's policy disables it (it could never fire)
     */
    public RuleVerification verifyThat(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        checkLoaded(List.of(ruleId));
        return new RuleVerification(this, ruleId);
    }

    /**
     * Starts verifying a set of rules together, such as every rule of a pack.
     *
     * @throws AssertionError           naming every rule id that is not loaded or is disabled
     * @throws IllegalArgumentException when no rule id is given
     */
    public PackVerification verifyThatRules(String... ruleIds) {
        return verifyThatRules(List.of(ruleIds));
    }

    /**
     * Starts verifying a set of rules together, such as every rule of a pack.
     *
     * @throws AssertionError           naming every rule id that is not loaded or is disabled
     * @throws IllegalArgumentException when no rule id is given
     */
    public PackVerification verifyThatRules(List<String> ruleIds) {
        Set<String> ids = new LinkedHashSet<>(ruleIds);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("name at least one rule id to verify");
        }
        checkLoaded(ids);
        return new PackVerification(this, Set.copyOf(ids));
    }

    /** Assesses {@value #RUNS} times and returns the assessment all runs agreed on. */
    Assessment assessRepeatedly(Project project) {
        Objects.requireNonNull(project, "project");
        Assessment first = tempo.assess(project, asOf);
        for (int run = 2; run <= RUNS; run++) {
            Assessment again = tempo.assess(project, asOf);
            if (!again.equals(first)) {
                throw new AssertionError("Expected every one of " + RUNS + " assessments of project " + project.id()
                        + " to be the same\n   but run " + run + " differs from the first; the engine is not deterministic"
                        + " (a rule that depends on firing order, or a Drools bug once constraints are compiled)\n\nrun "
                        + run + ":\n" + again.report() + "\nfirst run:\n" + first.report());
            }
        }
        return first;
    }

    private void checkLoaded(Iterable<String> ruleIds) {
        Set<String> loaded = new LinkedHashSet<>();
        tempo.rules().stream().map(RuleInfo::id).forEach(loaded::add);
        List<String> problems = new ArrayList<>();
        for (String id : ruleIds) {
            if (!loaded.contains(id)) {
                problems.add("rule " + id + " is not loaded");
            } else if (!tempo.policy().isEnabled(id)) {
                problems.add("rule " + id + " is disabled by the engine's policy, so it can never fire");
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems) + "\nthe loaded rules are: " + String.join(", ", loaded));
        }
    }
}
