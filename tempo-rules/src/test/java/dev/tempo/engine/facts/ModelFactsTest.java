package dev.tempo.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.Factor;
import dev.tempo.Finding;
import dev.tempo.Severity;
import dev.tempo.model.Member;
import dev.tempo.model.Role;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelFactsTest {

    private static List<Member> members(Double... years) {
        return Arrays.stream(years).map(y -> Member.builder("m").role(Role.ANALYST).experienceYears(y).build()).toList();
    }

    @Test
    void median_ofAnOddCount_isTheMiddleValue() {
        assertThat(ModelFacts.medianExperienceYears(members(9.0, 1.0, 3.0))).isEqualTo(3.0);
    }

    @Test
    void median_ofAnEvenCount_isTheMeanOfTheTwoMiddleValues() {
        assertThat(ModelFacts.medianExperienceYears(members(10.0, 1.0, 2.5, 1.0))).isEqualTo(1.75);
    }

    @Test
    void median_leavesUnknownExperienceOut_andIsNullWhenNoneIsKnown() {
        assertThat(ModelFacts.medianExperienceYears(members(4.0, null, 2.0))).isEqualTo(3.0);
        assertThat(ModelFacts.knownExperienceCount(members(4.0, null, 2.0))).isEqualTo(2);
        assertThat(ModelFacts.medianExperienceYears(members(null, null))).isNull();
        assertThat(ModelFacts.medianExperienceYears(List.of())).isNull();
    }

    @Test
    void holding_namesEachRuleOnce_inIdOrder() {
        Finding five = new Finding("TEMPO-GOALS-05", Factor.GOALS, Severity.HIGH, "framed", null, List.of(), "r", "s");
        Finding one = new Finding("TEMPO-GOALS-01", Factor.GOALS, Severity.HIGH, "no why", null, List.of(), "r", "s");
        assertThat(ModelFacts.holding(List.of(five, one, five)))
                .containsExactly("TEMPO-GOALS-01 holds: no why", "TEMPO-GOALS-05 holds: framed");
    }
}
