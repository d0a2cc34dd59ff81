package dev.tempo.engine;

import static dev.tempo.testing.Fixtures.member;
import static dev.tempo.testing.RuleHarness.assess;
import static dev.tempo.testing.RuleHarness.findings;
import static dev.tempo.testing.RuleHarness.unknownFields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.Assessment;
import dev.tempo.Finding;
import dev.tempo.Policy;
import dev.tempo.Severity;
import dev.tempo.Thresholds;
import dev.tempo.model.Member;
import dev.tempo.model.Project;
import dev.tempo.model.Role;
import dev.tempo.model.Team;
import dev.tempo.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class TeamRulesTest {
    private static final Policy STRICT = Policy.builder().unknownAsFinding(true).build();
    private static final List<String> MEMBER_RULES = List.of("TEMPO-TEAM-01", "TEMPO-TEAM-02", "TEMPO-TEAM-05",
            "TEMPO-TEAM-06", "TEMPO-TEAM-07", "TEMPO-TEAM-08");

    private static Project withTeam(UnaryOperator<Team.Builder> change) {
        Team team = change.apply(Fixtures.team().toBuilder()).build();
        return Fixtures.wellRun().toBuilder().team(team).build();
    }

    private static Project withMembers(Member... members) {
        return withTeam(t -> t.members(List.of(members)));
    }

    /** The first {@code size} of the fixture's members, then software engineers up to {@code size}, all in one team. */
    private static List<Member> teamOf(int size) {
        List<Member> members = new ArrayList<>(Fixtures.team().members());
        for (int i = members.size(); i < size; i++) {
            members.add(member("eng" + i, Role.SOFTWARE_ENGINEER, 4, "recommendations", "service " + i));
        }
        return members.subList(0, size);
    }

    private static Finding only(Assessment assessment, String ruleId) {
        List<Finding> found = findings(assessment, ruleId);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static Finding on(Assessment assessment, String ruleId, String target) {
        List<Finding> found = findings(assessment, ruleId).stream().filter(f -> target.equals(f.target())).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void wellRunProject_raisesNoTeamFinding() {
        Assessment a = assess(Fixtures.wellRun());
        assertThat(a.findings()).extracting(Finding::ruleId).noneMatch(id -> id.startsWith("TEMPO-TEAM"));
        assertThat(a.unknowns()).isEmpty();
    }

    @Test
    void noMemberDeclared_listsTeamMembersForEveryMemberRule_andRaisesNone() {
        Assessment a = assess(withTeam(t -> t.members(List.of())));
        assertThat(a.findings()).extracting(Finding::ruleId).noneMatch(id -> id.startsWith("TEMPO-TEAM"));
        assertThat(a.unknowns()).anySatisfy(u -> {
            assertThat(u.field()).isEqualTo("team.members");
            assertThat(u.rules()).containsAll(MEMBER_RULES);
        });
    }

    // TEAM-01

    @Test
    void missingEngineer_raisesTeam01AtHighWithTargetEngineer() {
        Assessment a = assess(withMembers(member("ana", Role.DATA_SCIENTIST, 6, "t", "a"),
                member("chloe", Role.DOMAIN_EXPERT, 10, "t", "c"), member("dev", Role.PROJECT_MANAGER, 8, "t", "d")));
        Finding f = only(a, "TEMPO-TEAM-01");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.target()).isEqualTo("ENGINEER");
        assertThat(f.evidence()).containsExactly("no member's role is DATA_ENGINEER, ML_ENGINEER or SOFTWARE_ENGINEER"
                + " (roles present: DATA_SCIENTIST, DOMAIN_EXPERT, PROJECT_MANAGER)");
    }

    @Test
    void eachMissingRole_raisesItsOwnTeam01AtMedium() {
        Assessment a = assess(withMembers(member("ben", Role.DATA_ENGINEER, 5, "t", "b")));
        assertThat(findings(a, "TEMPO-TEAM-01")).extracting(Finding::target)
                .containsExactlyInAnyOrder("DATA_SCIENTIST", "DOMAIN_EXPERT", "PROJECT_MANAGER");
        Finding scientist = on(a, "TEMPO-TEAM-01", "DATA_SCIENTIST");
        assertThat(scientist.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(scientist.evidence()).containsExactly("no member's role is DATA_SCIENTIST (roles present: DATA_ENGINEER)");
    }

    @Test
    void anyEngineerRole_fillsTheEngineerRole() {
        for (Role engineer : List.of(Role.DATA_ENGINEER, Role.ML_ENGINEER, Role.SOFTWARE_ENGINEER)) {
            List<Member> members = new ArrayList<>(Fixtures.team().members());
            members.set(1, member("ben", engineer, 5, "recommendations", "serving"));
            assertThat(findings(assess(withTeam(t -> t.members(members))), "TEMPO-TEAM-01")).isEmpty();
        }
    }

    @Test
    void memberWithUnknownRole_leavesAMissingRoleUndecided_andStrictModeRaisesIt() {
        Project project = withMembers(member("ana", Role.DATA_SCIENTIST, 6, "t", "a"),
                member("chloe", Role.DOMAIN_EXPERT, 10, "t", "c"), member("dev", Role.PROJECT_MANAGER, 8, "t", "d"),
                Member.builder("eve").experienceYears(3.0).teamName("t").build());
        Assessment a = assess(project);
        assertThat(findings(a, "TEMPO-TEAM-01")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-TEAM-01")).containsExactly("team.members[3].role");

        Finding strict = only(assess(project, STRICT, Fixtures.AS_OF), "TEMPO-TEAM-01");
        assertThat(strict.target()).isEqualTo("ENGINEER");
        assertThat(strict.severity()).isEqualTo(Severity.HIGH);
        assertThat(strict.evidence()).contains(
                "team.members[3].role is unknown; strict mode (unknownAsFinding) counts it as its worst value");
    }

    @Test
    void memberWithUnknownRole_doesNotMatterWhenEveryRoleIsHeld() {
        List<Member> members = new ArrayList<>(Fixtures.team().members());
        members.add(Member.builder("eve").experienceYears(3.0).teamName("recommendations").build());
        Assessment a = assess(withTeam(t -> t.members(members)));
        assertThat(findings(a, "TEMPO-TEAM-01")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-TEAM-01")).isEmpty();
    }

    // TEAM-02

    @Test
    void undefinedResponsibilities_raisesTeam02ProjectWide() {
        Finding f = only(assess(withTeam(t -> t.responsibilitiesDefined(false))), "TEMPO-TEAM-02");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.target()).isNull();
        assertThat(f.evidence()).containsExactly("team.responsibilitiesDefined = false");
    }

    @Test
    void responsibilityListedByTwoMembers_raisesTeam02WithTheResponsibilityAsTarget() {
        Assessment a = assess(withMembers(member("ana", Role.DATA_SCIENTIST, 6, "t", "model training"),
                member("ben", Role.ML_ENGINEER, 5, "t", "Model training "), member("chloe", Role.DOMAIN_EXPERT, 10, "t", "rules"),
                member("dev", Role.PROJECT_MANAGER, 8, "t", "model training")));
        Finding f = only(a, "TEMPO-TEAM-02");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.target()).isEqualTo("model training");
        assertThat(f.evidence()).containsExactly("\"model training\" is listed by 3 members: ana, ben, dev");
    }

    @Test
    void distinctResponsibilities_doNotRaiseTeam02() {
        assertThat(findings(assess(Fixtures.wellRun()), "TEMPO-TEAM-02")).isEmpty();
    }

    @Test
    void unknownResponsibilitiesDefined_isListed_andInStrictModeRaisesTeam02() {
        Project project = withTeam(t -> t.responsibilitiesDefined(null));
        Assessment a = assess(project);
        assertThat(findings(a, "TEMPO-TEAM-02")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-TEAM-02")).containsExactly("team.responsibilitiesDefined");
        assertThat(only(assess(project, STRICT, Fixtures.AS_OF), "TEMPO-TEAM-02").target()).isNull();
    }

    // TEAM-03

    @Test
    void undefinedScope_raisesTeam03() {
        Project project = Fixtures.wellRun().toBuilder()
                .goals(Fixtures.goals().toBuilder().scopeDefined(false).build()).build();
        Finding f = only(assess(project), "TEMPO-TEAM-03");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.target()).isNull();
        assertThat(f.evidence()).containsExactly("goals.scopeDefined = false");
    }

    @Test
    void unknownScope_isListed_andInStrictModeRaisesTeam03() {
        Project project = Fixtures.wellRun().toBuilder()
                .goals(Fixtures.goals().toBuilder().scopeDefined(null).build()).build();
        assertThat(findings(assess(project), "TEMPO-TEAM-03")).isEmpty();
        assertThat(unknownFields(assess(project), "TEMPO-TEAM-03")).containsExactly("goals.scopeDefined");
        assertThat(findings(assess(project, STRICT, Fixtures.AS_OF), "TEMPO-TEAM-03")).hasSize(1);
    }

    // TEAM-04

    @Test
    void noTimeboxes_raisesTeam04() {
        Finding f = only(assess(withTeam(t -> t.timeboxed(false))), "TEMPO-TEAM-04");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.evidence()).containsExactly("team.timeboxed = false");
    }

    @Test
    void unknownTimeboxing_isListed_andInStrictModeRaisesTeam04() {
        Project project = withTeam(t -> t.timeboxed(null));
        assertThat(findings(assess(project), "TEMPO-TEAM-04")).isEmpty();
        assertThat(unknownFields(assess(project), "TEMPO-TEAM-04")).containsExactly("team.timeboxed");
        assertThat(findings(assess(project, STRICT, Fixtures.AS_OF), "TEMPO-TEAM-04")).hasSize(1);
    }

    // TEAM-05

    @Test
    void inexperiencedTeam_raisesTeam05_withTheEvenCountMedian() {
        Assessment a = assess(withMembers(member("ana", Role.DATA_SCIENTIST, 1, "t", "a"),
                member("ben", Role.ML_ENGINEER, 2.5, "t", "b"), member("chloe", Role.DOMAIN_EXPERT, 0.5, "t", "c"),
                member("dev", Role.PROJECT_MANAGER, 12, "t", "d")));
        Finding f = only(a, "TEMPO-TEAM-05");
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.target()).isNull();
        assertThat(f.evidence()).containsExactly("median experience 1.75 years (< 2, the policy's minMedianExperienceYears)"
                + " over 4 members: ana 1, ben 2.5, chloe 0.5, dev 12");
    }

    @Test
    void medianExactlyAtThePolicy_doesNotRaiseTeam05_justUnderDoes() {
        Project atTwo = withMembers(member("ana", Role.DATA_SCIENTIST, 1, "t", "a"),
                member("ben", Role.ML_ENGINEER, 2, "t", "b"), member("chloe", Role.DOMAIN_EXPERT, 9, "t", "c"));
        assertThat(findings(assess(atTwo), "TEMPO-TEAM-05")).isEmpty();
        Project underTwo = withMembers(member("ana", Role.DATA_SCIENTIST, 1, "t", "a"),
                member("ben", Role.ML_ENGINEER, 1.9, "t", "b"), member("chloe", Role.DOMAIN_EXPERT, 9, "t", "c"));
        assertThat(findings(assess(underTwo), "TEMPO-TEAM-05")).hasSize(1);
        Policy stricter = Policy.builder().thresholds(Thresholds.builder().minMedianExperienceYears(3.0).build()).build();
        assertThat(findings(assess(atTwo, stricter, Fixtures.AS_OF), "TEMPO-TEAM-05")).hasSize(1);
    }

    @Test
    void unknownExperience_isLeftOutOfTheMedian_andNamed() {
        Project project = withMembers(member("ana", Role.DATA_SCIENTIST, 1, "t", "a"),
                Member.builder("ben").role(Role.ML_ENGINEER).build(), member("chloe", Role.DOMAIN_EXPERT, 1, "t", "c"));
        Finding f = only(assess(project), "TEMPO-TEAM-05");
        assertThat(f.evidence()).containsExactly(
                "median experience 1 years (< 2, the policy's minMedianExperienceYears) over 2 members: ana 1, chloe 1",
                "experience unknown, left out: ben");
    }

    @Test
    void noKnownExperience_listsEachMembersExperience() {
        Assessment a = assess(withMembers(Member.builder("ana").role(Role.DATA_SCIENTIST).build(),
                Member.builder("ben").role(Role.ML_ENGINEER).build()));
        assertThat(findings(a, "TEMPO-TEAM-05")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-TEAM-05"))
                .containsExactlyInAnyOrder("team.members[0].experienceYears", "team.members[1].experienceYears");
    }

    // TEAM-06

    @Test
    void smallTeamWithFiveProjects_raisesTeam06() {
        Finding f = only(assess(withTeam(t -> t.members(teamOf(3)).concurrentProjects(5))), "TEMPO-TEAM-06");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.target()).isNull();
        assertThat(f.evidence()).containsExactly("a small team: 3 members (<= 3, the policy's smallTeamMaxMembers)",
                "carries 5 concurrent projects (> 2, the policy's smallTeamMaxConcurrentProjects)");
    }

    @Test
    void team06_onEachSideOfItsThresholds() {
        assertThat(findings(assess(withTeam(t -> t.members(teamOf(3)).concurrentProjects(2))), "TEMPO-TEAM-06")).isEmpty();
        assertThat(findings(assess(withTeam(t -> t.members(teamOf(3)).concurrentProjects(3))), "TEMPO-TEAM-06")).hasSize(1);
        assertThat(findings(assess(withTeam(t -> t.members(teamOf(4)).concurrentProjects(5))), "TEMPO-TEAM-06")).isEmpty();
        Policy policy = Policy.builder().thresholds(Thresholds.builder().smallTeamMaxMembers(5).build()).build();
        assertThat(findings(assess(withTeam(t -> t.members(teamOf(4)).concurrentProjects(5)), policy, Fixtures.AS_OF),
                "TEMPO-TEAM-06")).hasSize(1);
        Policy moreProjects = Policy.builder().thresholds(Thresholds.builder().smallTeamMaxConcurrentProjects(5).build()).build();
        assertThat(findings(assess(withTeam(t -> t.members(teamOf(3)).concurrentProjects(5)), moreProjects, Fixtures.AS_OF),
                "TEMPO-TEAM-06")).isEmpty();
    }

    @Test
    void smallTeamWithUnknownProjects_isListedForTeam06() {
        Assessment a = assess(withTeam(t -> t.members(teamOf(3)).concurrentProjects(null)));
        assertThat(findings(a, "TEMPO-TEAM-06")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-TEAM-06")).containsExactly("team.concurrentProjects");
        assertThat(unknownFields(assess(withTeam(t -> t.members(teamOf(5)).concurrentProjects(null))), "TEMPO-TEAM-06")).isEmpty();
    }

    // TEAM-07

    @Test
    void twoTeamsWithoutCadence_raisesTeam07() {
        Assessment a = assess(withTeam(t -> t.communicationCadenceDays(null).members(List.of(
                member("ana", Role.DATA_SCIENTIST, 6, "risk-ds", "a"), member("ben", Role.ML_ENGINEER, 5, "platform", "b"),
                member("chloe", Role.DOMAIN_EXPERT, 10, "risk-ds", "c"), member("dev", Role.PROJECT_MANAGER, 8, null, "d")))));
        Finding f = only(a, "TEMPO-TEAM-07");
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.target()).isNull();
        assertThat(f.evidence()).containsExactly("4 members (> 3, the policy's smallTeamMaxMembers) belong to 2 teams: risk-ds, platform",
                "team.communicationCadenceDays is not set: no defined communication cadence");
    }

    private static Project twoTeams(Integer cadence, int size) {
        List<Member> members = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            members.add(member("m" + i, i == 0 ? Role.DATA_SCIENTIST : Role.ML_ENGINEER, 5, i % 2 == 0 ? "risk-ds" : "platform", "r" + i));
        }
        return withTeam(t -> t.communicationCadenceDays(cadence).members(members));
    }

    @Test
    void twoTeamsSyncingLessOftenThanThePolicy_raiseTeam07_onBothSidesOfIt() {
        assertThat(findings(assess(twoTeams(14, 4)), "TEMPO-TEAM-07")).isEmpty();
        assertThat(only(assess(twoTeams(15, 4)), "TEMPO-TEAM-07").evidence()).containsExactly(
                "4 members (> 3, the policy's smallTeamMaxMembers) belong to 2 teams: risk-ds, platform",
                "the teams sync every 15 days (> 14, the policy's maxCommunicationCadenceDays)");
        Policy looser = Policy.builder().thresholds(Thresholds.builder().maxCommunicationCadenceDays(21).build()).build();
        assertThat(findings(assess(twoTeams(15, 4), looser, Fixtures.AS_OF), "TEMPO-TEAM-07")).isEmpty();
    }

    @Test
    void smallTeam_communicatesSimply_soTeam07NeverFires() {
        assertThat(findings(assess(twoTeams(null, 3)), "TEMPO-TEAM-07")).isEmpty();
        assertThat(findings(assess(twoTeams(60, 3)), "TEMPO-TEAM-07")).isEmpty();
        assertThat(findings(assess(twoTeams(null, 4)), "TEMPO-TEAM-07")).hasSize(1);
        Policy smallerSmall = Policy.builder().thresholds(Thresholds.builder().smallTeamMaxMembers(2).build()).build();
        assertThat(findings(assess(twoTeams(null, 3), smallerSmall, Fixtures.AS_OF), "TEMPO-TEAM-07")).hasSize(1);
    }

    @Test
    void oneTeamWithoutCadence_orTwoTeamsWithCadence_doNotRaiseTeam07() {
        assertThat(findings(assess(withTeam(t -> t.communicationCadenceDays(null))), "TEMPO-TEAM-07")).isEmpty();
        List<Member> twoTeams = List.of(member("ana", Role.DATA_SCIENTIST, 6, "risk-ds", "a"),
                member("ben", Role.ML_ENGINEER, 5, "platform", "b"), member("chloe", Role.DOMAIN_EXPERT, 10, "x", "c"),
                member("dev", Role.PROJECT_MANAGER, 8, "x", "d"));
        assertThat(findings(assess(withTeam(t -> t.members(twoTeams))), "TEMPO-TEAM-07")).isEmpty();
    }

    // TEAM-08

    @Test
    void largeTeamWithoutParallelWorkstreams_raisesTeam08() {
        Finding f = only(assess(withTeam(t -> t.members(teamOf(8)).parallelWorkstreams(false))), "TEMPO-TEAM-08");
        assertThat(f.severity()).isEqualTo(Severity.LOW);
        assertThat(f.target()).isNull();
        assertThat(f.evidence()).containsExactly("a large team: 8 members (>= 8, the policy's largeTeamMinMembers)",
                "team.parallelWorkstreams = false: experimentation and model development do not run in parallel");
    }

    @Test
    void team08_onEachSideOfItsThreshold() {
        assertThat(findings(assess(withTeam(t -> t.members(teamOf(7)).parallelWorkstreams(false))), "TEMPO-TEAM-08")).isEmpty();
        assertThat(findings(assess(withTeam(t -> t.members(teamOf(8)).parallelWorkstreams(true))), "TEMPO-TEAM-08")).isEmpty();
        Policy policy = Policy.builder().thresholds(Thresholds.builder().largeTeamMinMembers(4).build()).build();
        assertThat(findings(assess(withTeam(t -> t.parallelWorkstreams(false)), policy, Fixtures.AS_OF), "TEMPO-TEAM-08"))
                .hasSize(1);
    }

    @Test
    void largeTeamWithUnknownWorkstreams_isListed_andInStrictModeRaisesTeam08() {
        Project project = withTeam(t -> t.members(teamOf(9)).parallelWorkstreams(null));
        assertThat(findings(assess(project), "TEMPO-TEAM-08")).isEmpty();
        assertThat(unknownFields(assess(project), "TEMPO-TEAM-08")).containsExactly("team.parallelWorkstreams");
        assertThat(findings(assess(project, STRICT, Fixtures.AS_OF), "TEMPO-TEAM-08")).hasSize(1);
        assertThat(unknownFields(assess(withTeam(t -> t.parallelWorkstreams(null))), "TEMPO-TEAM-08")).isEmpty();
    }

    @Test
    void severityOverride_appliesToTeamRules() {
        Policy policy = Policy.builder().severities(Map.of("TEMPO-TEAM-08", Severity.MEDIUM)).build();
        assertThat(only(assess(withTeam(t -> t.members(teamOf(8)).parallelWorkstreams(false)), policy, Fixtures.AS_OF),
                "TEMPO-TEAM-08").severity()).isEqualTo(Severity.MEDIUM);
    }
}
