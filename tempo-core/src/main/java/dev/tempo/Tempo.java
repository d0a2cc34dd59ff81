package dev.tempo;

import dev.tempo.model.Project;
import java.time.LocalDate;
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
    Assessment assess(Project project, LocalDate asOf);

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
