package dev.tempo.examples.governance;

import dev.tempo.Assessment;
import dev.tempo.Severity;
import dev.tempo.Tempo;
import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Problem;
import dev.tempo.model.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A governance pipeline's gate: assesses every project in a model registry with one shared
 * {@link Tempo} and blocks when any has a finding at or above a severity.
 *
 * <pre>{@code
 * GovernanceGate gate = new GovernanceGate(tempo, Severity.HIGH);
 * gate.check(registry, LocalDate.now()).assertPassed();   // AssertionError with the blocking reports
 * }</pre>
 *
 * <p>The gate fails closed: a registry that cannot be read, or a project tempo cannot assess, is an
 * exception, never a pass. An empty registry passes, as there is nothing to block.
 */
public final class GovernanceGate {
    private final Tempo tempo;
    private final Severity failOn;

    /**
     * A gate blocking on findings at or above {@code failOn}.
     *
     * @throws NullPointerException when an argument is null
     */
    public GovernanceGate(Tempo tempo, Severity failOn) {
        this.tempo = Objects.requireNonNull(tempo, "tempo");
        this.failOn = Objects.requireNonNull(failOn, "failOn");
    }

    /**
     * Assesses every registered project as of a date.
     *
     * @throws RuntimeException                whatever the registry client throws when it cannot be read
     * @throws InvalidInputException         listing, for every project, each waiver of a rule that is not loaded
     *                                       (the problem's source is {@code registry project <id>}); nothing is assessed then
     * @throws dev.tempo.RuleFailedException   when a rule fails on a project; its message names the project
     */
    public GateResult check(ModelRegistryClient registry, LocalDate asOf) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(asOf, "asOf");
        List<Project> projects = registry.projects();
        checkAll(projects);
        List<Assessment> assessments = projects.stream().map(project -> tempo.assess(project, asOf)).toList();
        return new GateResult(failOn, assessments);
    }

    private void checkAll(List<Project> projects) {
        List<Problem> problems = new ArrayList<>();
        for (Project project : projects) {
            try {
                tempo.check(project);
            } catch (InvalidInputException e) {
                for (Problem p : e.problems()) {
                    problems.add(new Problem(p.source() == null ? "registry project " + project.id() : p.source(),
                            p.path(), p.line(), p.column(), p.message()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
