package dev.tempo.testkit;

import dev.tempo.Assessment;
import dev.tempo.Finding;
import java.util.Collection;
import java.util.stream.Collectors;

/** The failure messages of the test kit: what was expected, what was found, then the readable report. */
final class Failures {
    private Failures() {}

    /** An {@link AssertionError} saying what was expected and found, followed by the assessment's report. */
    static AssertionError failure(Assessment assessment, String expected, String found) {
        return new AssertionError("Expected " + expected + "\n   but " + found
                + "\n\n" + assessment.report());
    }

    /** {@code TEMPO-DATA-02 HIGH on "loans"}, or {@code TEMPO-DATA-01 HIGH on the project}. */
    static String describe(Finding finding) {
        return finding.ruleId() + " " + finding.severity() + " " + on(finding.target());
    }

    /** The findings described one after another, or {@code none}. */
    static String describe(Collection<Finding> findings) {
        return findings.isEmpty() ? "none" : findings.stream().map(Failures::describe).collect(Collectors.joining(", "));
    }

    /** {@code on "loans"}, or {@code on the project} for a null target. */
    static String on(String target) {
        return target == null ? "on the project" : "on \"" + target + "\"";
    }
}
