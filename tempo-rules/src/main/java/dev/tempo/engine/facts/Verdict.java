package dev.tempo.engine.facts;

import dev.tempo.Severity;
import dev.tempo.engine.AssessmentScope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * One rule's decision on one target, gathered fact by fact and reported once, so that every rule
 * treats unknown facts as the heuristics say.
 *
 * <p>A rule's conditions keep the facts that hold or are unknown; its consequence names each of
 * them here. When every fact is known the finding is raised. When a flag or enum is unknown the
 * rule cannot decide: each such field goes to {@link AssessmentScope#undecided} (listed under
 * unknowns, or a finding in strict mode). When any other value (a code, a number) is unknown even
 * strict mode cannot decide, and every unknown field is only listed.
 *
 * <pre>{@code
 * Verdict.on(tempo, kcontext, $m.name())
 *     .flag($complexity, tempo.path($m) + ".complexity", "model churn has complexity " + $complexity)
 *     .because("no simpler baseline was evaluated")
 *     .raise();
 * }</pre>
 */
public final class Verdict {
    private final AssessmentScope tempo;
    private final RuleContext rule;
    private final String target;
    private final List<String> evidence = new ArrayList<>();
    private final Set<String> unknownFlags = new LinkedHashSet<>();
    private final Set<String> unknownValues = new LinkedHashSet<>();
    private final Set<String> unknownEscalations = new LinkedHashSet<>();
    private boolean escalated;

    private Verdict(AssessmentScope tempo, RuleContext rule, String target) {
        this.tempo = Objects.requireNonNull(tempo, "tempo");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.target = target;
    }

    /** Starts a decision of the rule whose consequence runs, on a target (null when project-wide). */
    public static Verdict on(AssessmentScope tempo, RuleContext rule, String target) {
        return new Verdict(tempo, rule, target);
    }

    /** A known fact that makes the rule fire; a null line adds nothing. */
    public Verdict because(String line) {
        if (line != null) {
            evidence.add(line);
        }
        return this;
    }

    /** A flag or enum the rule needs: when null, {@code field} is unknown (strict mode counts it as its worst value). */
    public Verdict flag(Object value, String field, String line) {
        if (value == null) {
            unknownFlags.add(field);
            return this;
        }
        return because(line);
    }

    /** Any other value the rule needs (a code, a number): when null, {@code field} is unknown and no mode decides it. */
    public Verdict value(Object value, String field, String line) {
        if (value == null) {
            unknownValues.add(field);
            return this;
        }
        return because(line);
    }

    /**
     * A fact that raises the finding to a higher severity (see {@link #raise(Severity, Severity)}): when
     * it holds the line is evidence; when it is unknown ({@code holds} null) the finding keeps its lower
     * severity and {@code field} is listed under unknowns, or, in strict mode, the finding escalates.
     */
    public Verdict escalatesWhen(Boolean holds, String field, String line) {
        if (holds == null) {
            unknownEscalations.add(field);
        } else if (holds) {
            escalated = true;
            because(line);
        }
        return this;
    }

    /** Whether a fact named so far is unknown. */
    public boolean hasUnknowns() {
        return !unknownFlags.isEmpty() || !unknownValues.isEmpty();
    }

    /**
     * Raises the finding at {@code base}, or at {@code escalated} when a fact given to
     * {@link #escalatesWhen} holds (or is unknown, in strict mode); or reports why the rule cannot decide.
     */
    public void raise(Severity base, Severity escalated) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(escalated, "escalated");
        if (this.escalated) {
            raiseAt(escalated);
        } else if (unknownEscalations.isEmpty()) {
            raiseAt(base);
        } else if (tempo.policy().unknownAsFinding()) {
            unknownEscalations.forEach(field -> because(field + " is unknown; strict mode (unknownAsFinding) counts it as its worst value"));
            raiseAt(escalated);
        } else {
            if (!hasUnknowns()) {
                unknownEscalations.forEach(field -> tempo.unknown(rule, field));
            }
            raiseAt(base);
        }
    }

    /** Raises the finding at the rule's severity, or reports why the rule cannot decide. */
    public void raise() {
        raiseAt(null);
    }

    /**
     * Raises the finding at the given severity (null: the rule's own), or reports why the rule cannot
     * decide; in strict mode an undecided finding gets the given severity too.
     */
    public void raiseAt(Severity severity) {
        String[] lines = evidence.toArray(String[]::new);
        if (!unknownValues.isEmpty()) {
            unknownValues.forEach(field -> tempo.unknown(rule, field));
            unknownFlags.forEach(field -> tempo.unknown(rule, field));
        } else if (!unknownFlags.isEmpty()) {
            unknownFlags.forEach(field -> {
                if (severity == null) {
                    tempo.undecided(rule, target, field, lines);
                } else {
                    tempo.undecidedAt(rule, severity, target, field, lines);
                }
            });
        } else if (severity == null) {
            tempo.raise(rule, target, lines);
        } else {
            tempo.raiseAt(rule, severity, target, lines);
        }
    }
}
