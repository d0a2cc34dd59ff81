package dev.tempo.engine;

import dev.tempo.Severity;
import dev.tempo.engine.internal.FactFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The way a rule raises its finding: one decision on one target, gathered fact by fact and reported
 * once, so that every rule treats unknown facts as the heuristics say. A consequence starts it with
 * {@code tempo.verdict(kcontext, target)} and ends it with {@link #raise()}:
 *
 * <pre>{@code
 * rule "ACME-05"
 *     @id("ACME-05") @factor("DATA") @severity("HIGH") @severities("restricted=MEDIUM")
 *     @title("Training data is not ready")
 * when
 *     $d : Dataset( qualityChecks != Boolean.TRUE, availability != Availability.AVAILABLE )
 * then
 *     tempo.verdict(kcontext, $d.name())
 *         .flag($d, "qualityChecks", $d.name() + " has no automated quality checks")
 *         .flag($d, "availability", $d.name() + " is " + $d.availability())
 *         .variantIf($d.availability() == Availability.RESTRICTED, "restricted")
 *         .raise();
 * end
 * }</pre>
 *
 * <ul>
 * <li><b>Conditions stay in the {@code when} part.</b> The rule matches the facts that make it fire
 *     <em>or are unknown</em> ({@code qualityChecks != Boolean.TRUE} matches false and absent); the
 *     consequence only names them. A condition over several facts is judged by a function that returns
 *     {@link Grounds}, bound in the {@code when} part and handed over with {@link #given}.</li>
 * <li><b>Each field is named once</b>, as the fact's own field: {@code flag($d, "qualityChecks", line)}
 *     reads the value and, when it is absent, reports the descriptor path ({@code datasets[2].qualityChecks}).
 *     A name the fact's type does not have is reported when the pack is compiled, at its line and with
 *     the fields the type offers, for a fact bound in the {@code when} part ({@code $d}) and a literal
 *     name; otherwise it fails the assessment when the consequence runs. A typo never goes unnoticed.</li>
 * <li><b>Unknown is not false.</b> When every fact named is known the finding is raised with their
 *     lines as evidence. When a flag or enum is unknown ({@link #flag}) the rule cannot decide: the
 *     field is listed under unknowns, or, in strict mode ({@code unknownAsFinding}), the finding is
 *     raised with a line saying the unknown counts as its worst value. When any other value
 *     ({@link #value}: a code, a number) is unknown even strict mode cannot decide, and every unknown
 *     field is only listed.</li>
 * <li><b>Severities are metadata.</b> The finding has the rule's {@code @severity}, or the severity of
 *     a case the rule declares in {@code @severities("name=SEVERITY, ...")}, chosen with {@link #variant}
 *     or, for a fact that raises it, {@link #escalatesTo} and {@link #escalatesWhen}. The policy's
 *     severity override replaces every one of them. A name the rule does not declare fails the assessment.</li>
 * </ul>
 *
 * <p>{@code tempo.raise(kcontext, ...)}, {@code tempo.undecided(...)} and {@code tempo.unknown(...)}
 * keep working for packs written before; a verdict is made of those calls. One verdict serves one
 * consequence on one thread.
 */
public final class Verdict {
    private final AssessmentScope tempo;
    private final RuleContext rule;
    private final String target;
    private final List<String> evidence = new ArrayList<>();
    private final Set<String> unknownFlags = new LinkedHashSet<>();
    private final Set<String> unknownValues = new LinkedHashSet<>();
    private final Set<String> unknownEscalations = new LinkedHashSet<>();
    private String variant;
    private String escalation;
    private boolean escalated;

    Verdict(AssessmentScope tempo, RuleContext rule, String target) {
        this.tempo = Objects.requireNonNull(tempo, "tempo");
        this.rule = Objects.requireNonNull(rule, "kcontext");
        this.target = target;
    }

    /** A known fact that makes the rule fire, one evidence line; a null line adds nothing. */
    public Verdict because(String line) {
        if (line != null) {
            evidence.add(line);
        }
        return this;
    }

    /**
     * A flag or enum the rule needs, read from the fact: when it is absent the field is unknown and
     * strict mode counts it as its worst value; when it is known {@code line} is evidence (null: none).
     *
     * @param fact  a fact of the project (a dataset, a model, {@code Goals}, ...)
     * @param field the name of the fact's field ({@code "qualityChecks"})
     */
    public Verdict flag(Object fact, String field, String line) {
        return note(unknownFlags, fact, field, FactFields.read(fact, field), line);
    }

    /**
     * A flag the rule derives from a fact's field and more (a dataset's use for training, from its own
     * flag and the models trained on it): {@code value} null means unknown, reported as the fact's {@code field}.
     */
    public Verdict flag(Object fact, String field, Object value, String line) {
        return note(unknownFlags, fact, field, value, line);
    }

    /**
     * Any other value the rule needs (a code, a number, a date), read from the fact: when it is absent
     * the field is unknown and no mode decides the rule; when it is known {@code line} is evidence (null: none).
     */
    public Verdict value(Object fact, String field, String line) {
        return note(unknownValues, fact, field, FactFields.read(fact, field), line);
    }

    /** {@link #value(Object, String, String)} for a value the rule derives from a fact's field and more. */
    public Verdict value(Object fact, String field, Object value, String line) {
        return note(unknownValues, fact, field, value, line);
    }

    /** A condition over several facts, judged in the {@code when} part: its evidence, and its unknown fields. */
    public Verdict given(Grounds grounds) {
        grounds.evidenceInOrder().forEach(this::because);
        unknownFlags.addAll(grounds.flagsInOrder());
        unknownValues.addAll(grounds.valuesInOrder());
        return this;
    }

    /** The finding has the severity of a case declared in the rule's {@code @severities}, not its {@code @severity}. */
    public Verdict variant(String name) {
        this.variant = Objects.requireNonNull(name, "name");
        return this;
    }

    /** {@link #variant(String)} when {@code applies}; otherwise nothing changes. */
    public Verdict variantIf(boolean applies, String name) {
        return applies ? variant(name) : this;
    }

    /**
     * The case of {@code @severities} the finding escalates to when a fact given to {@link #escalatesWhen}
     * holds (or is unknown, in strict mode); without one the finding keeps its severity.
     */
    public Verdict escalatesTo(String name) {
        this.escalation = Objects.requireNonNull(name, "name");
        return this;
    }

    /**
     * A fact that escalates the finding (see {@link #escalatesTo}): when it holds {@code line} is evidence;
     * when it is unknown ({@code holds} null) the finding keeps its severity and the fact's {@code field}
     * is listed under unknowns, or, in strict mode, the finding escalates.
     */
    public Verdict escalatesWhen(Object fact, String field, Boolean holds, String line) {
        String path = descriptorPath(fact, field);
        if (holds == null) {
            unknownEscalations.add(path);
        } else if (holds) {
            escalates(line);
        }
        return this;
    }

    /** The finding escalates (see {@link #escalatesTo}) because of a known fact, one evidence line. */
    public Verdict escalates(String line) {
        escalated = true;
        return because(line);
    }

    /** Whether a fact named so far is unknown. */
    public boolean hasUnknowns() {
        return !unknownFlags.isEmpty() || !unknownValues.isEmpty();
    }

    /**
     * Raises the finding when every fact named is known, or reports why the rule cannot decide
     * (see the class description).
     *
     * @throws IllegalStateException when a severity case is not declared in the rule's {@code @severities},
     *                               or the verdict escalates without {@link #escalatesTo}
     */
    public void raise() {
        Severity base = variant == null ? tempo.info(rule).defaultSeverity() : tempo.severityCase(rule, variant);
        if (escalation == null) {
            if (escalated || !unknownEscalations.isEmpty()) {
                throw new IllegalStateException("rule \"" + rule.getRule().getName()
                        + "\" names a fact that escalates its finding but not the case it escalates to (escalatesTo)");
            }
            raiseAt(base);
            return;
        }
        Severity higher = tempo.severityCase(rule, escalation);
        if (escalated) {
            raiseAt(higher);
        } else if (unknownEscalations.isEmpty()) {
            raiseAt(base);
        } else if (tempo.policy().unknownAsFinding()) {
            unknownEscalations.forEach(field -> because(field + " is unknown; strict mode (unknownAsFinding) counts it as its worst value"));
            raiseAt(higher);
        } else {
            if (!hasUnknowns()) {
                unknownEscalations.forEach(field -> tempo.unknown(rule, field));
            }
            raiseAt(base);
        }
    }

    private void raiseAt(Severity severity) {
        String[] lines = evidence.toArray(String[]::new);
        if (!unknownValues.isEmpty()) {
            unknownValues.forEach(field -> tempo.unknown(rule, field));
            unknownFlags.forEach(field -> tempo.unknown(rule, field));
        } else if (!unknownFlags.isEmpty()) {
            unknownFlags.forEach(field -> tempo.undecidedAt(rule, severity, target, field, lines));
        } else {
            tempo.raiseAt(rule, severity, target, lines);
        }
    }

    /** A fact's field the rule needs: unknown (its descriptor path noted) when {@code value} is null, else {@code line} is evidence. */
    private Verdict note(Set<String> unknowns, Object fact, String field, Object value, String line) {
        String path = descriptorPath(fact, field);
        if (value == null) {
            unknowns.add(path);
            return this;
        }
        return because(line);
    }

    /** The descriptor path of a field of a fact, after checking that the fact's type has it. */
    private String descriptorPath(Object fact, String field) {
        FactFields.requireField(Objects.requireNonNull(fact, "fact").getClass(), Objects.requireNonNull(field, "field"));
        String path = tempo.pathOrNull(fact);
        if (path == null) {
            throw new IllegalArgumentException("rule \"" + rule.getRule().getName() + "\" names the field `" + field + "` of a "
                    + fact.getClass().getSimpleName() + ", which is not part of the descriptor: only a descriptor's facts have "
                    + "fields that can be unknown; test other facts in the when part");
        }
        return path.isEmpty() ? field : path + "." + field;
    }
}
