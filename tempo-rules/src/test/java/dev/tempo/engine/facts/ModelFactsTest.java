package dev.tempo.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.Factor;
import dev.tempo.Finding;
import dev.tempo.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelFactsTest {

    @Test
    void holding_namesEachRuleOnce_inIdOrder() {
        Finding five = new Finding("TEMPO-GOALS-05", Factor.GOALS, Severity.HIGH, "framed", null, List.of(), "r", "s");
        Finding one = new Finding("TEMPO-GOALS-01", Factor.GOALS, Severity.HIGH, "no why", null, List.of(), "r", "s");
        assertThat(ModelFacts.holding(List.of(five, one, five)))
                .containsExactly("TEMPO-GOALS-01 holds: no why", "TEMPO-GOALS-05 holds: framed");
    }
}
