package dev.tempo.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tempo.Assessment;
import dev.tempo.Factor;
import dev.tempo.Finding;
import dev.tempo.Scores;
import dev.tempo.Scoring;
import dev.tempo.Severity;
import dev.tempo.WaivedFinding;
import dev.tempo.model.InvalidFieldException;
import dev.tempo.model.Waiver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    private static Finding finding(String ruleId, String target, Severity severity, String evidence) {
        return new Finding(ruleId, Factor.DATA, severity, "title of " + ruleId, target, List.of(evidence), "do it", "section 2");
    }

    private static Finding finding(String ruleId, String target, Severity severity) {
        return finding(ruleId, target, severity, "evidence");
    }

    private static Assessment assessment(String projectId, Finding... findings) {
        return assessment(projectId, List.of(), findings);
    }

    private static Assessment assessment(String projectId, List<WaivedFinding> waived, Finding... findings) {
        List<Finding> active = List.of(findings).stream().sorted(Finding.REPORT_ORDER).toList();
        return new Assessment(projectId, AS_OF, active, waived, List.of(), List.of(), Scores.of(active, List.of(), Scoring.DEFAULTS), null);
    }

    @Test
    void of_recordsProjectRuleAndTargetOfEveryActiveFinding() {
        Baseline baseline = Baseline.of(assessment("p", finding("R-2", "ds", Severity.HIGH), finding("R-1", null, Severity.LOW)));

        assertThat(baseline.fingerprints()).containsExactly(new Fingerprint("p", "R-1", null), new Fingerprint("p", "R-2", "ds"));
    }

    @Test
    void fingerprint_ignoresEvidenceTitleRecommendationAndSeverity() {
        Assessment before = assessment("p", finding("R-1", "ds", Severity.HIGH, "records = 10"));
        Finding changed = new Finding("R-1", Factor.TEAM, Severity.LOW, "another title", "ds", List.of("records = 20", "more"), "other", "x");
        Assessment after = assessment("p", changed);

        assertThat(Baseline.of(after)).isEqualTo(Baseline.of(before));
        assertThat(Baseline.of(after).toJson()).isEqualTo(Baseline.of(before).toJson());
        BaselineComparison comparison = Baseline.of(before).compare(after);
        assertThat(comparison.newFindings()).isEmpty();
        assertThat(comparison.knownFindings()).containsExactly(changed);
        assertThat(comparison.fixed()).isEmpty();
    }

    @Test
    void toJson_isSortedVersionedAndEndsWithANewline() {
        Baseline baseline = Baseline.of(
                assessment("q", finding("R-1", null, Severity.LOW)),
                assessment("p", finding("R-2", "b \"quoted\"", Severity.HIGH), finding("R-2", "a", Severity.HIGH), finding("R-2", null, Severity.HIGH)));

        assertThat(baseline.toJson()).isEqualTo("""
                {
                  "version": 1,
                  "findings": [
                    {"projectId": "p", "ruleId": "R-2", "target": null},
                    {"projectId": "p", "ruleId": "R-2", "target": "a"},
                    {"projectId": "p", "ruleId": "R-2", "target": "b \\"quoted\\""},
                    {"projectId": "q", "ruleId": "R-1", "target": null}
                  ]
                }
                """);
        assertThat(Baseline.EMPTY.toJson()).isEqualTo("{\n  \"version\": 1,\n  \"findings\": []\n}\n");
    }

    @Test
    void sameFindings_giveByteIdenticalFiles_whateverTheOrder() throws IOException {
        Finding a = finding("R-1", "x", Severity.HIGH);
        Finding b = finding("R-2", null, Severity.LOW);
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");

        Baseline.of(assessment("p", a, b), assessment("q", b)).write(first);
        Baseline.of(assessment("q", b), assessment("p", b, a)).write(second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readString(first)).endsWith("}\n");
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void writtenBaseline_readsBackEqual() {
        Baseline baseline = Baseline.of(assessment("p", finding("R-1", "x", Severity.HIGH), finding("R-1", null, Severity.HIGH)));
        Path file = dir.resolve("baseline.json");
        baseline.write(file);

        assertThat(Baseline.read(file)).isEqualTo(baseline);
        assertThat(Baseline.read(file).fingerprints()).containsExactly(new Fingerprint("p", "R-1", null), new Fingerprint("p", "R-1", "x"));
    }

    @Test
    void write_replacesAnExistingFile_andFailsInAMissingFolderOrOnADirectory() throws IOException {
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, "old");
        Baseline.EMPTY.write(file);
        assertThat(Files.readString(file)).isEqualTo(Baseline.EMPTY.toJson());

        assertThatThrownBy(() -> Baseline.EMPTY.write(dir.resolve("nope/baseline.json")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> Baseline.EMPTY.write(dir))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("it is a directory");
        assertThat(dir).isDirectory();
    }

    @Test
    void compare_splitsNewKnownAndFixed() {
        Baseline baseline = Baseline.ofFingerprints(List.of(
                new Fingerprint("p", "R-1", null), new Fingerprint("p", "R-2", "ds"), new Fingerprint("p", "R-3", null)));
        Finding known = finding("R-1", null, Severity.HIGH);
        Finding fresh = finding("R-4", "ds", Severity.MEDIUM);
        Finding alsoKnown = finding("R-2", "ds", Severity.LOW);

        BaselineComparison comparison = baseline.compare(assessment("p", known, fresh, alsoKnown));

        assertThat(comparison.newFindings()).containsExactly(fresh);
        assertThat(comparison.knownFindings()).containsExactly(known, alsoKnown);
        assertThat(comparison.fixed()).containsExactly(new Fingerprint("p", "R-3", null));
    }

    @Test
    void compare_targetNullAndNamedAreDifferentFindings() {
        Baseline baseline = Baseline.ofFingerprints(List.of(new Fingerprint("p", "R-1", null)));
        Finding onDataset = finding("R-1", "ds", Severity.HIGH);

        BaselineComparison comparison = baseline.compare(assessment("p", onDataset));

        assertThat(comparison.newFindings()).containsExactly(onDataset);
        assertThat(comparison.fixed()).containsExactly(new Fingerprint("p", "R-1", null));
    }

    @Test
    void compare_onlyThatProjectsFingerprints_countAsFixed() {
        Baseline baseline = Baseline.of(
                assessment("p", finding("R-1", null, Severity.HIGH)),
                assessment("q", finding("R-1", null, Severity.HIGH), finding("R-2", "m", Severity.HIGH)));

        List<BaselineComparison> comparisons = baseline.compare(List.of(
                assessment("p", finding("R-1", null, Severity.HIGH)),
                assessment("r", finding("R-1", null, Severity.HIGH))));

        assertThat(comparisons.get(0).newFindings()).isEmpty();
        assertThat(comparisons.get(0).fixed()).isEmpty();
        assertThat(comparisons.get(1).assessment().projectId()).isEqualTo("r");
        assertThat(comparisons.get(1).newFindings()).extracting(Finding::ruleId).containsExactly("R-1");
        assertThat(comparisons.get(1).fixed()).isEmpty();
    }

    @Test
    void waivedFindings_areNotRecorded_andABaselinedFindingWaivedLaterCountsAsFixed() {
        Finding hidden = finding("R-1", "ds", Severity.HIGH);
        WaivedFinding waived = new WaivedFinding(hidden, new Waiver("R-1", "accepted", AS_OF.plusDays(30), "ds"));
        Assessment withWaiver = assessment("p", List.of(waived), finding("R-2", null, Severity.LOW));

        assertThat(Baseline.of(withWaiver).fingerprints()).containsExactly(new Fingerprint("p", "R-2", null));
        BaselineComparison comparison = Baseline.of(assessment("p", hidden, finding("R-2", null, Severity.LOW))).compare(withWaiver);
        assertThat(comparison.fixed()).containsExactly(new Fingerprint("p", "R-1", "ds"));
        assertThat(comparison.newFindings()).isEmpty();
    }

    @Test
    void gate_ignoresKnownFindings_andFailsOnANewOneAtOrAboveWithTheReport() {
        Baseline baseline = Baseline.of(assessment("p", finding("R-1", null, Severity.CRITICAL)));
        Assessment sameAgain = assessment("p", finding("R-1", null, Severity.CRITICAL), finding("R-9", "m", Severity.LOW));
        Assessment worse = assessment("p", finding("R-1", null, Severity.CRITICAL), finding("R-2", "ds", Severity.HIGH));

        baseline.compare(sameAgain).assertNoNewFindingAtOrAbove(Severity.HIGH);
        AssertionError error = catchThrowableOfType(AssertionError.class,
                () -> baseline.compare(worse).assertNoNewFindingAtOrAbove(Severity.HIGH));

        assertThat(error).hasMessageStartingWith("1 new finding(s) at or above HIGH in project p, not in the baseline\n\n")
                .hasMessageContaining("Against the baseline: 1 new, 1 known, 0 fixed\n")
                .hasMessageContaining("New (1), not in the baseline:\n  HIGH     R-2 [ds]: title of R-2\n")
                .hasMessageContaining(worse.report());
        assertThatThrownBy(() -> Baseline.EMPTY.compare(sameAgain).assertNoNewFindingAtOrAbove(Severity.LOW))
                .isInstanceOf(AssertionError.class).hasMessageStartingWith("2 new finding(s) at or above LOW");
    }

    @Test
    void report_listsFixedFingerprints() {
        Baseline baseline = Baseline.ofFingerprints(List.of(new Fingerprint("p", "R-3", "old-model"), new Fingerprint("p", "R-4", null)));

        String report = baseline.compare(assessment("p")).report();

        assertThat(report).endsWith("Against the baseline: 0 new, 0 known, 2 fixed\n"
                + "Fixed (2), in the baseline but no longer found; update the baseline to drop them:\n"
                + "  R-3 [old-model]\n  R-4\n");
    }

    @Test
    void updatedWith_replacesTheAssessedProjects_andKeepsTheOthers() {
        Baseline baseline = Baseline.ofFingerprints(List.of(
                new Fingerprint("p", "R-1", null), new Fingerprint("p", "R-2", null), new Fingerprint("q", "R-1", null)));

        Baseline updated = baseline.updatedWith(List.of(assessment("p", finding("R-2", null, Severity.LOW), finding("R-5", "x", Severity.LOW))));

        assertThat(updated.fingerprints()).containsExactly(
                new Fingerprint("p", "R-2", null), new Fingerprint("p", "R-5", "x"), new Fingerprint("q", "R-1", null));
    }

    @Test
    void fingerprint_rejectsMissingPartsAndABlankTarget() {
        assertThatThrownBy(() -> new Fingerprint(null, "R-1", null)).isInstanceOf(InvalidFieldException.class).hasMessage("projectId is required");
        assertThatThrownBy(() -> new Fingerprint("p", " ", null)).isInstanceOf(InvalidFieldException.class).hasMessage("ruleId is required");
        assertThatThrownBy(() -> new Fingerprint("p", "R-1", "")).isInstanceOf(InvalidFieldException.class)
                .hasMessageStartingWith("target is blank");
        assertThat(new Fingerprint("p", "R-1", "ds")).hasToString("p R-1 [ds]");
    }
}
