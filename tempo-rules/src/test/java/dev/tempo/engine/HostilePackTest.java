package dev.tempo.engine;

import static dev.tempo.engine.RulePackTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tempo.RuleFailedException;
import dev.tempo.Tempo;
import dev.tempo.model.Project;
import dev.tempo.testing.Fixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A rule pack must never turn an assessment into a passing gate: every way a pack can cut the
 * assessment short fails it, naming the rule, instead of returning fewer findings.
 */
class HostilePackTest {
    /**
     * The well-run project without its why: one default rule (TEMPO-GOALS-01) fires, so a halt before
     * it, or a time limit checked before each rule fires, has something to cut short.
     */
    private static final Project WITHOUT_WHY = Fixtures.wellRun().toBuilder()
            .goals(Fixtures.wellRun().goals().toBuilder().why(null)).build();

    private static Tempo engineWith(String pack) {
        return TempoEngine.builder().rulePack(RulePack.load(fixture("hostile/" + pack + ".drl"))).build();
    }

    private static void assertFails(Tempo tempo, String ruleId, String message) {
        assertThatThrownBy(() -> tempo.assess(WITHOUT_WHY, Fixtures.AS_OF))
                .isInstanceOfSatisfying(RuleFailedException.class, e -> assertThat(e.ruleId()).isEqualTo(ruleId))
                .hasMessageContaining(message)
                .hasMessageContaining("project well-run");
    }

    @Test
    void ruleThatHaltsTheEngine_failsTheAssessment() {
        assertFails(engineWith("halt"), "HOSTILE-HALT", "rule HOSTILE-HALT halted the engine while assessing project well-run,"
                + " before every rule had run; the assessment failed");
    }

    @Test
    void ruleThatDeletesTemposFacts_failsTheAssessment() {
        assertFails(engineWith("delete"), null, "rule HOSTILE-DELETE deleted tempo's fact");
    }

    @Test
    void ruleThrowingAnError_failsTheAssessment_notTheJvm() {
        assertFails(engineWith("assertion"), "HOSTILE-ASSERT", "rule HOSTILE-ASSERT failed while assessing project well-run");
        assertThatThrownBy(() -> engineWith("assertion").assess(Fixtures.wellRun(), Fixtures.AS_OF))
                .hasMessageContaining("boom");
        assertFails(engineWith("stack"), "HOSTILE-STACK", "StackOverflowError");
        assertFails(engineWith("memory"), "HOSTILE-MEMORY", "OutOfMemoryError");
    }

    @Test
    void ruleThatNeverReturns_failsAtTheTimeLimit_namingIt() {
        Tempo tempo = TempoEngine.builder().rulePack(RulePack.load(fixture("hostile/busy.drl"))).timeLimit(Duration.ofMillis(300)).build();
        long start = System.nanoTime();
        assertFails(tempo, "HOSTILE-BUSY", "rule HOSTILE-BUSY ran past the time limit of 300 ms while assessing project well-run");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void theDefaultPackAlone_alsoHonoursTheTimeLimit() {
        Tempo hurried = TempoEngine.builder().timeLimit(Duration.ofNanos(1)).build();
        assertThatThrownBy(() -> hurried.assess(WITHOUT_WHY, Fixtures.AS_OF))
                .isInstanceOf(RuleFailedException.class)
                .hasMessageContaining("ran past the time limit while assessing project well-run");
        assertThat(TempoEngine.create().assess(Fixtures.wellRun(), Fixtures.AS_OF).findings()).isEmpty();
    }

    @Test
    void timeLimit_mustBePositive_andIsKeptByWithPolicy() {
        assertThatThrownBy(() -> TempoEngine.builder().timeLimit(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("time limit is PT0S; must be positive");
        Tempo tempo = TempoEngine.builder().rulePack(RulePack.load(fixture("hostile/busy.drl"))).timeLimit(Duration.ofMillis(200)).build();
        assertThatThrownBy(() -> tempo.withPolicy(dev.tempo.Policy.DEFAULTS).assess(Fixtures.wellRun(), Fixtures.AS_OF))
                .hasMessageContaining("time limit of 200 ms");
    }

    @Test
    void theFiringLimit_namesTheRuleThatKeepsFiring() {
        Tempo tempo = TempoEngine.builder().withoutDefaultPack().rulePack(RulePack.load(fixture("runaway"))).build();
        assertThatThrownBy(() -> tempo.assess(Fixtures.wellRun(), Fixtures.AS_OF))
                .isInstanceOfSatisfying(RuleFailedException.class, e -> assertThat(e.ruleId()).isEqualTo("ORG-LOOP-01"))
                .hasMessage("assessing project well-run fired " + TempoEngine.MAX_FIRINGS + " rules without settling;"
                        + " rule ORG-LOOP-01 fired " + TempoEngine.MAX_FIRINGS + " times: it keeps re-activating itself or another");
    }

    @Test
    void afterAFailure_theSameEngineStillAssesses() {
        Tempo tempo = engineWith("halt");
        assertThatThrownBy(() -> tempo.assess(WITHOUT_WHY, Fixtures.AS_OF)).isInstanceOf(RuleFailedException.class);
        assertThat(TempoEngine.create().assess(Fixtures.wellRun(), Fixtures.AS_OF).findings()).isEmpty();
    }
}
