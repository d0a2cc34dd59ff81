package dev.tempo.testkit;

import static dev.tempo.testkit.Failures.failure;

import dev.tempo.Assessment;
import dev.tempo.Finding;
import dev.tempo.Unknown;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a set of rules did with one project, and the checks on it; obtained from {@link PackVerification#given}.
 * Findings are written as in the reports: {@code "ACME-02"} for a project-wide finding,
 * {@code "ACME-01 [churn-model]"} for one on a target. Only active findings of the verified rules count.
 */
public final class PackOutcome {
    private static final Pattern FIRING = Pattern.compile("(\\S+)(?: \\[(.+)\\])?");

    private final Set<String> ruleIds;
    private final Assessment assessment;
    private final List<Finding> findings;

    PackOutcome(Set<String> ruleIds, Assessment assessment) {
        this.ruleIds = new TreeSet<>(ruleIds);
        this.assessment = assessment;
        this.findings = assessment.findings().stream().filter(f -> ruleIds.contains(f.ruleId())).toList();
    }

    /**
     * Checks that the verified rules raised exactly these findings and no other.
     *
     * @param expected each {@code "RULE-ID"} (project-wide) or {@code "RULE-ID [target]"}
     * @throws AssertionError           naming the missing and the unexpected findings
     * @throws IllegalArgumentException when an expected finding is malformed or names a rule not being verified
     */
    public PackOutcome firesExactly(String... expected) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String firing : expected) {
            wanted.add(normalised(firing));
        }
        List<String> actual = new ArrayList<>();
        findings.forEach(f -> actual.add(written(f)));
        List<String> missing = wanted.stream().filter(w -> !actual.contains(w)).toList();
        List<String> unexpected = actual.stream().filter(a -> !wanted.contains(a)).toList();
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            throw failure(assessment, "rules " + String.join(", ", ruleIds) + " to raise exactly "
                            + (wanted.isEmpty() ? "nothing" : String.join(", ", wanted)),
                    "they raised " + (actual.isEmpty() ? "nothing" : String.join(", ", actual))
                            + (missing.isEmpty() ? "" : "; missing " + String.join(", ", missing))
                            + (unexpected.isEmpty() ? "" : "; unexpected " + String.join(", ", unexpected)));
        }
        return this;
    }

    /**
     * Checks that none of the verified rules raised an active finding.
     *
     * @throws AssertionError naming their findings
     */
    public PackOutcome firesNothing() {
        return firesExactly();
    }

    /**
     * Checks that one of the verified rules could not decide because the field is unknown.
     *
     * @throws AssertionError naming the fields the verified rules were undecided on
     */
    public PackOutcome isUndecidedOn(String field) {
        Objects.requireNonNull(field, "field");
        List<String> fields = assessment.unknowns().stream()
                .filter(u -> u.rules().stream().anyMatch(ruleIds::contains)).map(Unknown::field).toList();
        if (!fields.contains(field)) {
            throw failure(assessment, "one of " + String.join(", ", ruleIds) + " to be undecided on " + field,
                    fields.isEmpty() ? "they were undecided on no field" : "they were undecided on " + String.join(", ", fields));
        }
        return this;
    }

    /** The assessment all runs agreed on, for further checks with {@link TempoAssertions}. */
    public Assessment assessment() {
        return assessment;
    }

    private String normalised(String firing) {
        Matcher m = FIRING.matcher(Objects.requireNonNull(firing, "expected finding").strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + firing + "\" is not a finding; write \"RULE-ID\" for a project-wide"
                    + " finding or \"RULE-ID [target]\"");
        }
        if (!ruleIds.contains(m.group(1))) {
            throw new IllegalArgumentException("\"" + firing + "\" names rule " + m.group(1) + ", which is not being verified;"
                    + " the verified rules are " + String.join(", ", ruleIds));
        }
        return m.group(2) == null ? m.group(1) : m.group(1) + " [" + m.group(2) + "]";
    }

    private static String written(Finding finding) {
        return finding.target() == null ? finding.ruleId() : finding.ruleId() + " [" + finding.target() + "]";
    }
}
