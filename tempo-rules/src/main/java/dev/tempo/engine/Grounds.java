package dev.tempo.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A condition of a rule that looks at several facts at once, judged outside the rule: the evidence
 * that it holds, or the unknown fields that keep it from being decided. A rule binds it in its
 * {@code when} part and hands it to its {@link Verdict}:
 *
 * <pre>{@code
 * when
 *     $info : ProjectInfo()
 *     $jurisdictions : List() from collect( Jurisdiction() )
 *     $reasons : Grounds( mayHold ) from RegulationFacts.validationRequired(tempo, $info, $jurisdictions)
 * then
 *     tempo.verdict(kcontext, null).given($reasons).raise();
 * }</pre>
 *
 * <p>It holds when it has evidence and no unknown field; it may hold when it has either (evidence beside
 * unknown fields is what is known so far). An unknown flag or enum lets strict mode decide, any other
 * unknown value leaves the rule undecided in every mode (as {@link Verdict#flag} and {@link Verdict#value}).
 */
public final class Grounds {
    private final List<String> evidence = new ArrayList<>();
    private final Set<String> unknownFlags = new LinkedHashSet<>();
    private final Set<String> unknownValues = new LinkedHashSet<>();

    /** Empty grounds, to be filled. */
    public Grounds() {}

    /** A fact that makes the condition hold (or, beside unknown fields, what is known so far), one evidence line. */
    public Grounds because(String line) {
        evidence.add(line);
        return this;
    }

    /** An unknown flag or enum (by its descriptor path) that could make the condition hold. */
    public Grounds unknownFlag(String field) {
        unknownFlags.add(field);
        return this;
    }

    /** An unknown value (a code, a number; by its descriptor path) that could make the condition hold. */
    public Grounds unknownValue(String field) {
        unknownValues.add(field);
        return this;
    }

    /** Whether known facts make the condition hold: some evidence and no unknown field. */
    public boolean holds() {
        return !evidence.isEmpty() && unknownFlags.isEmpty() && unknownValues.isEmpty();
    }

    /** Whether the condition holds, or could hold were the unknown fields known. */
    public boolean mayHold() {
        return !evidence.isEmpty() || !unknownFlags.isEmpty() || !unknownValues.isEmpty();
    }

    /** The evidence lines, in order. */
    public List<String> evidence() {
        return List.copyOf(evidence);
    }

    /** The unknown flags and enums, in order. */
    public List<String> unknownFlags() {
        return List.copyOf(unknownFlags);
    }

    /** The unknown values, in order. */
    public List<String> unknownValues() {
        return List.copyOf(unknownValues);
    }

    List<String> evidenceInOrder() {
        return evidence;
    }

    Set<String> flagsInOrder() {
        return unknownFlags;
    }

    Set<String> valuesInOrder() {
        return unknownValues;
    }

    @Override
    public String toString() {
        return "Grounds[evidence=" + evidence + ", unknownFlags=" + unknownFlags + ", unknownValues=" + unknownValues + "]";
    }
}
