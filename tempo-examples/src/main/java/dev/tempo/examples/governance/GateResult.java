package dev.tempo.examples.governance;

import dev.tempo.Assessment;
import dev.tempo.Severity;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a {@link GovernanceGate} found: every registered project's assessment, and which of them block.
 *
 * @param failOn      the severity at or above which a finding blocks
 * @param assessments one per registered project, in the registry's order
 */
public record GateResult(Severity failOn, List<Assessment> assessments) {
    public GateResult {
        Objects.requireNonNull(failOn, "failOn");
        assessments = List.copyOf(assessments);
    }

    /** The assessments with an active finding at or above {@link #failOn}, in the registry's order. */
    public List<Assessment> blocked() {
        return assessments.stream().filter(a -> !a.findingsAtOrAbove(failOn).isEmpty()).toList();
    }

    /** Whether no project blocks. */
    public boolean passed() {
        return blocked().isEmpty();
    }

    /**
     * The assessment of one project.
     *
     * @throws NoSuchElementException naming the assessed projects when none has this id
     */
    public Assessment assessmentOf(String projectId) {
        return assessments.stream().filter(a -> a.projectId().equals(projectId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no project " + projectId + " was assessed; the assessed projects are "
                        + assessments.stream().map(Assessment::projectId).collect(Collectors.joining(", "))));
    }

    /**
     * The gate: passes when no project blocks.
     *
     * @throws AssertionError naming each blocking project and its blocking findings, followed by their readable reports
     */
    public void assertPassed() {
        List<Assessment> blocked = blocked();
        if (blocked.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder().append(blocked.size()).append(" of ").append(assessments.size())
                .append(" registered projects have findings at or above ").append(failOn).append(":\n");
        for (Assessment a : blocked) {
            message.append("  ").append(a.projectId()).append(": ").append(a.findingsAtOrAbove(failOn).stream()
                    .map(f -> f.ruleId() + (f.target() == null ? "" : " [" + f.target() + "]"))
                    .collect(Collectors.joining(", "))).append('\n');
        }
        for (Assessment a : blocked) {
            message.append('\n').append(a.report());
        }
        throw new AssertionError(message.toString());
    }
}
