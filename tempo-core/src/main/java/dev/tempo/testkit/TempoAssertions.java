package dev.tempo.testkit;

import dev.tempo.Assessment;
import java.util.Objects;

/**
 * The entry point of the fluent checks on an {@link Assessment}, for governance pipelines' tests.
 *
 * <pre>{@code
 * TempoAssertions.assertThat(assessment)
 *         .hasFinding("TEMPO-DATA-02").withSeverity(Severity.HIGH).onTarget("applications")
 *         .and().hasNoFindingAtOrAbove(Severity.CRITICAL);
 * }</pre>
 *
 * <p>A failed check throws a plain {@link AssertionError}, so the checks work in JUnit, TestNG or a
 * plain {@code main}; its message says what was expected and what was found, then gives the readable
 * report of the whole assessment.
 */
public final class TempoAssertions {
    private TempoAssertions() {}

    /**
     * Starts the checks on an assessment.
     *
     * @throws NullPointerException when the assessment is null
     */
    public static AssessmentAssert assertThat(Assessment assessment) {
        return new AssessmentAssert(Objects.requireNonNull(assessment, "assessment"));
    }
}
