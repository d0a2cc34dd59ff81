package dev.tempo;

import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Project;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Assesses ML projects' operational tempo: the facade of tempo.
 *
 * <p>Most applications need one instance: it holds the compiled rule base, which is expensive to
 * build, and is safe to share between threads. Each {@link #assess} call is cheap and independent.
 * The Drools-backed implementation is {@code dev.tempo.engine.TempoEngine} in {@code tempo-rules}.
 */
public interface Tempo {

    /**
     * Assesses a project. Never reads the clock: every date-dependent rule uses {@code asOf}.
     *
     * @throws InvalidInputException when the project waives a rule that is not loaded
     * @throws RuleFailedException   when a rule fails while assessing; no partial result is returned
     */
    default Assessment assess(Project project, LocalDate asOf) {
        return assess(project, asOf, List.of());
    }

    /**
     * Assesses a project with facts of the caller's own beside the project's, for the caller's own
     * rule packs: a platform hands its records ("the on-call rota", "the model's owner in the
     * registry") to its rules, which match them like any fact. They are never reported, and tempo's
     * default rules do not read them.
     *
     * <p>The facts must be immutable (records are ideal): one assessment may read them on any thread,
     * and rules must not change them. They may not be tempo's own fact types (of the packages
     * {@code dev.tempo}, {@code dev.tempo.model} and {@code dev.tempo.engine}, such as a {@code Model}
     * or a {@code Finding}), which would be taken for the project's own facts or for findings.
     *
     * @param facts the caller's objects; empty for none
     * @throws IllegalArgumentException when a fact is null or one of tempo's own types
     * @throws InvalidInputException    when the project waives a rule that is not loaded
     * @throws RuleFailedException      when a rule fails while assessing; no partial result is returned
     */
    Assessment assess(Project project, LocalDate asOf, Collection<?> facts);

    /**
     * Checks what only the loaded rules can tell about a project: every waiver names a loaded rule.
     * {@link #assess} makes the same check.
     *
     * @throws InvalidInputException naming each waiver ({@code waivers[1].rule}) whose rule is not loaded
     */
    void check(Project project);

    /** The loaded rules, by id. */
    List<RuleInfo> rules();

    /** The policy assessments use. */
    Policy policy();

    /**
     * The same rule base under another policy; this instance is unchanged.
     *
     * @throws InvalidInputException when the policy names a rule that is not loaded
     */
    Tempo withPolicy(Policy policy);
}
