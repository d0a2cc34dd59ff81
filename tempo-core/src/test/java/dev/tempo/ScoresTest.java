package dev.tempo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tempo.model.InvalidFieldException;
import dev.tempo.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoresTest {
    private static Finding finding(Factor factor, Severity severity, String id) {
        return new Finding(id, factor, severity, "title", null, List.of(), "do", "source");
    }

    @Test
    void noFindings_scoreHundredAndFast() {
        Scores s = Scores.of(List.of(), List.of(), Scoring.DEFAULTS);
        assertThat(s.tempo()).isEqualTo(100);
        assertThat(s.band()).isEqualTo(Band.FAST);
        assertThat(s.factors()).containsOnlyKeys(Factor.STANDARD);
    }

    @Test
    void factorScore_isHundredMinusWeights_neverBelowZero() {
        Scores s = Scores.of(List.of(
                finding(Factor.DATA, Severity.CRITICAL, "A"), finding(Factor.DATA, Severity.CRITICAL, "B"),
                finding(Factor.DATA, Severity.HIGH, "C"), finding(Factor.TEAM, Severity.LOW, "D")), List.of(), Scoring.DEFAULTS);
        assertThat(s.factors()).containsEntry(Factor.DATA, 0).containsEntry(Factor.TEAM, 95);
        // round((0 + 595 / 7) / 2) = round(42.5) = 43
        assertThat(s.tempo()).isEqualTo(43);
        assertThat(s.band()).isEqualTo(Band.STALLED);
    }

    @Test
    void bands_followThePolicyLimits_onBothSides() {
        // one HIGH finding: round((75 + 675 / 7) / 2) = 86 -> FAST; with FAST at 87 -> STEADY
        List<Finding> oneHigh = List.of(finding(Factor.GOALS, Severity.HIGH, "A"));
        assertThat(Scores.of(oneHigh, List.of(), Scoring.DEFAULTS).band()).isEqualTo(Band.FAST);
        Scoring stricter = new Scoring(null, Map.of(Band.FAST, 87), null);
        assertThat(Scores.of(oneHigh, List.of(), stricter).band()).isEqualTo(Band.STEADY);
    }

    @Test
    void criticalFinding_capsTheBand() {
        Scoring lenient = new Scoring(Map.of(Severity.CRITICAL, 0), null, null);
        Scores s = Scores.of(List.of(finding(Factor.MODEL, Severity.CRITICAL, "A")), List.of(), lenient);
        assertThat(s.tempo()).isEqualTo(100);
        assertThat(s.band()).isEqualTo(Band.SLOW);
    }

    @Test
    void customFactor_isScoredAfterTheArticlesSeven() {
        Factor security = Factor.of("SECURITY");
        Scores s = Scores.of(List.of(finding(security, Severity.MEDIUM, "A")), List.of(security), Scoring.DEFAULTS);
        assertThat(s.factors().keySet()).endsWith(security).hasSize(8);
        assertThat(s.factors()).containsEntry(security, 90);
    }

    @Test
    void removingAnyFinding_neverLowersAnyScoreOrTheBand() {
        Random random = new Random(42);
        Severity[] severities = Severity.values();
        for (int round = 0; round < 500; round++) {
            List<Finding> findings = new ArrayList<>();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                findings.add(finding(Factor.STANDARD.get(random.nextInt(7)), severities[random.nextInt(5)], "R" + i));
            }
            Scores before = Scores.of(findings, List.of(), Scoring.DEFAULTS);
            for (Finding fixed : findings) {
                List<Finding> rest = new ArrayList<>(findings);
                rest.remove(fixed);
                Scores after = Scores.of(rest, List.of(), Scoring.DEFAULTS);
                assertThat(after.tempo()).isGreaterThanOrEqualTo(before.tempo());
                assertThat(after.band().compareTo(before.band())).isLessThanOrEqualTo(0);
                after.factors().forEach((f, score) -> assertThat(score).isGreaterThanOrEqualTo(before.factors().get(f)));
            }
        }
    }

    @Test
    void scoringRejectsImpossibleValues() {
        assertThatThrownBy(() -> new Scoring(Map.of(Severity.LOW, -1), null, null))
                .isInstanceOf(InvalidFieldException.class).hasMessage("weights.LOW is -1; must be a whole number from 0 to 100");
        assertThatThrownBy(() -> new Scoring(null, Map.of(Band.SLOW, 90), null))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("must not increase");
        assertThatThrownBy(() -> new Scoring(null, Map.of(Band.STALLED, 10), null))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("STALLED");
    }

    @Test
    void thresholdsRejectImpossibleValues_andKeepDefaultsForNulls() {
        assertThat(Thresholds.builder().smallTeamMaxMembers(null).build()).isEqualTo(Thresholds.DEFAULTS);
        assertThatThrownBy(() -> Thresholds.builder().storageUsedMaxRatio(-0.1).build())
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("storageUsedMaxRatio is -0.1");
    }

    @Test
    void problem_rendersFileLineColumnPathAndMessage() {
        assertThat(new Problem("p.yaml", "team.members[1].experienceYears", 5, 22, "is -3; must be 0 or more"))
                .hasToString("p.yaml:5:22: team.members[1].experienceYears is -3; must be 0 or more");
        assertThat(new Problem(null, "waivers[0].rule", 0, 0, "is \"X\"")).hasToString("waivers[0].rule is \"X\"");
        assertThat(new Problem("rules.drl", "", 7, 0, "syntax error")).hasToString("rules.drl:7: syntax error");
    }

    @Test
    void severityParsing_isCaseInsensitive_andNamesTheChoices() {
        assertThat(Severity.parse(" high ")).isEqualTo(Severity.HIGH);
        assertThatThrownBy(() -> Severity.parse("urgent")).hasMessageContaining("INFO, LOW, MEDIUM, HIGH, CRITICAL");
    }
}
