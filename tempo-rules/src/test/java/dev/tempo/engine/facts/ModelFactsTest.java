package dev.tempo.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.Factor;
import dev.tempo.Finding;
import dev.tempo.Severity;
import dev.tempo.engine.Grounds;
import dev.tempo.engine.TestScopes;
import dev.tempo.model.Framing;
import dev.tempo.model.Member;
import dev.tempo.model.Project;
import dev.tempo.model.Role;
import dev.tempo.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelFactsTest {
    private static final Finding FIVE = new Finding("TEMPO-GOALS-05", Factor.GOALS, Severity.HIGH, "framed", null, List.of(), "r", "s");
    private static final Finding ONE = new Finding("TEMPO-GOALS-01", Factor.GOALS, Severity.HIGH, "no why", null, List.of(), "r", "s");

    @Test
    void holding_namesEachRuleOnce_inIdOrder() {
        assertThat(ModelFacts.holding(List.of(FIVE, ONE, FIVE)))
                .containsExactly("TEMPO-GOALS-01 holds: no why", "TEMPO-GOALS-05 holds: framed");
    }

    private static Project framed(Framing framing) {
        return Fixtures.wellRun().toBuilder().goals(Fixtures.goals().toBuilder().framing(framing).build()).build();
    }

    private static Grounds goalUnclear(Project project, List<Finding> findings) {
        return ModelFacts.goalUnclear(TestScopes.of(project), project.goals(), findings);
    }

    @Test
    void goalUnclear_holdsOnTheGoalsFindings_andMayHoldOnAnUnknownFraming() {
        assertThat(goalUnclear(framed(null), List.of(FIVE, ONE)).evidence())
                .containsExactly("TEMPO-GOALS-01 holds: no why", "TEMPO-GOALS-05 holds: framed");
        Grounds unknown = goalUnclear(framed(null), List.of());
        assertThat(unknown.evidence()).isEmpty();
        assertThat(unknown.unknownFlags()).isEmpty();
        assertThat(unknown.unknownValues()).containsExactly("goals.framing");
        assertThat(goalUnclear(framed(Framing.PRODUCT), List.of()).mayHold()).isFalse();
    }

    private static Project team(Member... members) {
        return Fixtures.wellRun().toBuilder().team(Fixtures.team().toBuilder().members(members).build()).build();
    }

    private static Grounds inexperience(Project project) {
        return ModelFacts.inexperience(TestScopes.of(project), project.team(), 2.0);
    }

    private static Member member(String name, Double years) {
        return Member.builder(name).role(Role.DATA_SCIENTIST).experienceYears(years).build();
    }

    @Test
    void inexperience_holdsUnderTheMinimumMedian_leavingOutUnknownExperience() {
        assertThat(inexperience(team(member("ana", 1.0), member("ben", null), member("chloe", 2.0))).evidence())
                .containsExactly("median experience 1.5 years over 2 members with known experience (< 2, the policy's minMedianExperienceYears)");
        assertThat(inexperience(team(member("ana", 1.0), member("ben", 3.0))).mayHold()).isFalse();
    }

    @Test
    void inexperience_mayHold_onNoMembers_orNoKnownExperience() {
        assertThat(inexperience(team()).unknownValues()).containsExactly("team.members");
        Grounds unknown = inexperience(team(member("ana", null), member("ben", null)));
        assertThat(unknown.unknownValues()).containsExactly("team.members[0].experienceYears", "team.members[1].experienceYears");
        assertThat(unknown.evidence()).isEmpty();
        assertThat(unknown.unknownFlags()).isEmpty();
    }
}
