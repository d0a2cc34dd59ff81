package dev.tempo.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.Assessment;
import dev.tempo.Band;
import dev.tempo.Factor;
import dev.tempo.Finding;
import dev.tempo.Scores;
import dev.tempo.Scoring;
import dev.tempo.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortfolioTest {
    private static Assessment project(String id, Map<String, String> labels, Finding... findings) {
        List<Finding> list = List.of(findings);
        return new Assessment(id, LocalDate.of(2026, 11, 27), list, List.of(), List.of(), List.of(),
                Scores.of(list, List.of(), Scoring.DEFAULTS), null, labels);
    }

    private static Finding finding(String rule, Factor factor, Severity severity) {
        return new Finding(rule, factor, severity, "t", null, List.of(), "r", "s");
    }

    @Test
    void summarisesBandsWorstHeldBackFactorsAndTopRules_breakingTiesByIdAndFactorOrder() {
        Assessment a = project("alpha", Map.of("team", "risk"), finding("R-1", Factor.DATA, Severity.HIGH), finding("R-2", Factor.TEAM, Severity.HIGH));
        Assessment b = project("beta", Map.of("team", "risk"), finding("R-1", Factor.DATA, Severity.CRITICAL));
        Assessment c = project("gamma", Map.of(), finding("R-3", Factor.MODEL, Severity.LOW));
        Assessment d = project("delta", Map.of("team", "web"));
        Portfolio p = Portfolio.of(List.of(a, b, c, d), "team");
        assertThat(p.projects()).isEqualTo(4);
        assertThat(p.bands()).containsEntry(Band.FAST, 2).containsEntry(Band.SLOW, 1).containsEntry(Band.STEADY, 1);
        assertThat(p.worst()).containsExactly("beta", "alpha", "gamma", "delta");
        // alpha: DATA and TEAM tie at 75 (both count); beta: DATA; gamma: MODEL; delta: every factor at 100 ties
        assertThat(p.factors().get(Factor.DATA).heldBack()).isEqualTo(3);
        assertThat(p.factors().get(Factor.TEAM).heldBack()).isEqualTo(2);
        assertThat(p.factors().get(Factor.DATA).meanScore()).isEqualTo(81.3); // (75 + 50 + 100 + 100) / 4 = 81.25, half up
        assertThat(p.topRules()).containsExactly(Map.entry("R-1", 2), Map.entry("R-2", 1), Map.entry("R-3", 1));
        assertThat(p.slowestFactor()).isEqualTo(Factor.DATA);
        assertThat(p.groups()).containsOnlyKeys("(none)", "risk", "web");
        assertThat(p.groups().get("risk").projects()).isEqualTo(2);
        assertThat(Portfolio.of(List.of()).sentence()).isEqualTo("No project was assessed.");
    }
}
