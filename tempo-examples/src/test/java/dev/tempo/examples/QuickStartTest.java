package dev.tempo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.Assessment;
import dev.tempo.Finding;
import dev.tempo.engine.TempoEngine;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuickStartTest {
    @Test
    void quickStartProject_raisesWhatTheReadmeSays() {
        Assessment a = TempoEngine.create().assess(QuickStart.churnProject(), LocalDate.of(2026, 11, 27));
        assertThat(a.findings()).extracting(Finding::ruleId)
                .contains("TEMPO-DATA-01", "TEMPO-DATA-06", "TEMPO-MODEL-02");
        assertThat(a.unknowns()).isNotEmpty();
    }
}
