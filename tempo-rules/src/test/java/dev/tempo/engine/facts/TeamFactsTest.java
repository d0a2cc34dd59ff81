package dev.tempo.engine.facts;

import static dev.tempo.testing.Fixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.model.Member;
import dev.tempo.model.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamFactsTest {
    private static Member years(String name, Double experience) {
        return Member.builder(name).experienceYears(experience).build();
    }

    @Test
    void median_ofAnOddCount_isTheMiddleValue() {
        assertThat(TeamFacts.medianExperience(List.of(years("a", 9.0), years("b", 1.0), years("c", 3.0)))).isEqualTo(3.0);
    }

    @Test
    void median_ofAnEvenCount_isTheMeanOfTheTwoMiddleValues() {
        assertThat(TeamFacts.medianExperience(List.of(years("a", 12.0), years("b", 1.0), years("c", 2.5), years("d", 0.5))))
                .isEqualTo(1.75);
    }

    @Test
    void median_leavesUnknownExperienceOut_andIsNullWhenNoneIsKnown() {
        assertThat(TeamFacts.medianExperience(List.of(years("a", 1.0), years("b", null), years("c", 5.0)))).isEqualTo(3.0);
        assertThat(TeamFacts.medianExperience(List.of(years("a", null)))).isNull();
        assertThat(TeamFacts.medianExperience(List.of())).isNull();
        assertThat(TeamFacts.medianExperienceBelow(List.of(years("a", null)), 2.0)).isFalse();
    }

    @Test
    void teamNames_areDistinctNonNull_inDeclaredOrder() {
        assertThat(TeamFacts.teamNames(List.of(member("a", Role.OTHER, 1, "y", "r"), member("b", Role.OTHER, 1, null, "r"),
                member("c", Role.OTHER, 1, "x", "r"), member("d", Role.OTHER, 1, "y", "r")))).containsExactly("y", "x");
    }

    @Test
    void sharedResponsibilities_ignoreCaseAndBlanks_countEachMemberOnce() {
        Member ana = Member.builder("ana").responsibilities(List.of("Serving", "serving ", "training")).build();
        Member ben = Member.builder("ben").responsibilities(List.of("training", " ")).build();
        Member cy = Member.builder("cy").responsibilities(List.of("SERVING")).build();
        Map<String, List<String>> shared = TeamFacts.sharedResponsibilities(List.of(ana, ben, cy));
        assertThat(shared).containsExactly(Map.entry("Serving", List.of("ana", "cy")), Map.entry("training", List.of("ana", "ben")));
        assertThat(TeamFacts.hasSharedResponsibilities(List.of(ana))).isFalse();
    }

    @Test
    void declared_isNullWhenNoMemberIsDeclared() {
        List<Member> members = List.of(years("a", 1.0));
        assertThat(TeamFacts.declared(members)).isSameAs(members);
        assertThat(TeamFacts.declared(List.of())).isNull();
    }

    @Test
    void rolesPresent_namesTheDistinctKnownRolesInDeclaredOrder_orNoneKnown() {
        assertThat(TeamFacts.rolesPresent(List.of(member("a", Role.DOMAIN_EXPERT, 1, "t", "r"), years("b", 1.0),
                member("c", Role.DATA_SCIENTIST, 1, "t", "r"), member("d", Role.DOMAIN_EXPERT, 1, "t", "r"))))
                .isEqualTo("DOMAIN_EXPERT, DATA_SCIENTIST");
        assertThat(TeamFacts.rolesPresent(List.of(years("a", 1.0)))).isEqualTo("none known");
        assertThat(TeamFacts.withUnknownRole(List.of(member("a", Role.OTHER, 1, "t", "r"), years("b", 1.0))))
                .extracting(Member::name).containsExactly("b");
    }

    @Test
    void coreRoles_engineerIsHeldByAnyEngineerRole() {
        assertThat(CoreRole.ENGINEER.heldByAnyOf(List.of(member("a", Role.SOFTWARE_ENGINEER, 1, "t", "r")))).isTrue();
        assertThat(CoreRole.ENGINEER.heldByAnyOf(List.of(member("a", Role.ANALYST, 1, "t", "r"), years("b", 1.0)))).isFalse();
        assertThat(CoreRole.ENGINEER.describe()).isEqualTo("DATA_ENGINEER, ML_ENGINEER or SOFTWARE_ENGINEER");
        assertThat(CoreRole.ALL).extracting(CoreRole::name)
                .containsExactly("DATA_SCIENTIST", "ENGINEER", "DOMAIN_EXPERT", "PROJECT_MANAGER");
    }
}
