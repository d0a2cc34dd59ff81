package dev.tempo.engine;

import static dev.tempo.testing.RuleHarness.assess;
import static dev.tempo.testing.RuleHarness.findings;
import static dev.tempo.testing.RuleHarness.unknownFields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.Assessment;
import dev.tempo.Finding;
import dev.tempo.Policy;
import dev.tempo.Severity;
import dev.tempo.Thresholds;
import dev.tempo.model.Capability;
import dev.tempo.model.Project;
import dev.tempo.model.Tool;
import dev.tempo.testing.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class ToolingRulesTest {
    private static final Policy STRICT = Policy.builder().unknownAsFinding(true).build();

    private static Tool tool(String name, Capability capability, String version, String team, UnaryOperator<Tool.Builder> change) {
        return change.apply(Fixtures.tool(name, capability, version).toBuilder().teamName(team)).build();
    }

    private static Tool tool(String name, Capability capability, String version, String team) {
        return tool(name, capability, version, team, t -> t);
    }

    /** The well-run project with its two tools (mlflow, airflow; team recommendations) and these. */
    private static Project withMoreTools(Tool... tools) {
        List<Tool> all = new ArrayList<>(Fixtures.wellRun().tools());
        all.addAll(List.of(tools));
        return Fixtures.wellRun().toBuilder().tools(all).build();
    }

    private static Project withAudit(LocalDate lastAudit) {
        return Fixtures.wellRun().toBuilder().lastToolAuditOn(lastAudit).build();
    }

    @Test
    void wellRunProject_raisesNoToolingFinding() {
        Assessment a = assess(Fixtures.wellRun());
        assertThat(a.findings()).extracting(Finding::ruleId).noneMatch(id -> id.startsWith("TEMPO-TOOLING"));
        assertThat(a.unknowns()).isEmpty();
    }

    // TOOLING-01: incompatible tools

    @Test
    void toolNamingAnotherAsIncompatible_raisesTooling01OnThePair_whateverTheirTeams() {
        Project project = withMoreTools(
                tool("lakefs", Capability.DATA_VERSIONING, "1.0", "search", t -> t.incompatibleWith(List.of("dvc"))),
                tool("dvc", Capability.DATA_VERSIONING, "3.1", "recommendations"));
        assertThat(findings(assess(project), "TEMPO-TOOLING-01")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.target()).isEqualTo("dvc + lakefs");
            assertThat(f.evidence()).containsExactly("lakefs (team search) names dvc (team recommendations) in incompatibleWith");
        });
    }

    @Test
    void twoToolsNamingEachOther_raiseOneTooling01Finding() {
        Project project = withMoreTools(
                tool("lakefs", Capability.DATA_VERSIONING, "1.0", "search", t -> t.incompatibleWith(List.of("dvc"))),
                tool("dvc", Capability.DATA_VERSIONING, "3.1", "recommendations", t -> t.incompatibleWith(List.of("lakefs"))));
        assertThat(findings(assess(project), "TEMPO-TOOLING-01")).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("dvc + lakefs");
            assertThat(f.evidence()).containsExactlyInAnyOrder(
                    "lakefs (team search) names dvc (team recommendations) in incompatibleWith",
                    "dvc (team recommendations) names lakefs (team search) in incompatibleWith");
        });
    }

    @Test
    void toolsWithoutIncompatibilities_raiseNoTooling01() {
        Project project = withMoreTools(tool("dvc", Capability.DATA_VERSIONING, "3.1", "recommendations"));
        assertThat(findings(assess(project), "TEMPO-TOOLING-01")).isEmpty();
    }

    // TOOLING-02: redundant tools

    @Test
    void twoToolsForOneCapability_raiseTooling02OnTheCapability() {
        Project project = withMoreTools(tool("wandb", Capability.EXPERIMENT_TRACKING, "0.17", "search"));
        assertThat(findings(assess(project), "TEMPO-TOOLING-02")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.target()).isEqualTo("EXPERIMENT_TRACKING");
            assertThat(f.evidence()).containsExactly(
                    "EXPERIMENT_TRACKING is served by 2 tools: mlflow (team recommendations), wandb (team search)");
        });
    }

    @Test
    void oneToolUsedByTwoTeams_orSeveralOtherTools_raiseNoTooling02() {
        Project sameTool = withMoreTools(tool("mlflow", Capability.EXPERIMENT_TRACKING, "2.14", "search"));
        assertThat(findings(assess(sameTool), "TEMPO-TOOLING-02")).isEmpty();
        Project others = withMoreTools(tool("jira", Capability.OTHER, "9", "recommendations"),
                tool("slack", Capability.OTHER, "4", "recommendations"));
        assertThat(findings(assess(others), "TEMPO-TOOLING-02")).isEmpty();
    }

    // TOOLING-03: version drift

    @Test
    void oneToolInTwoVersions_raisesTooling03OnTheTool() {
        Project project = withMoreTools(tool("mlflow", Capability.EXPERIMENT_TRACKING, "2.9", "search"),
                tool("mlflow", Capability.EXPERIMENT_TRACKING, "2.9", "ads"));
        assertThat(findings(assess(project), "TEMPO-TOOLING-03")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.target()).isEqualTo("mlflow");
            assertThat(f.evidence()).containsExactly("mlflow is used in 2 versions: 2.14 (team recommendations), 2.9 (teams ads, search)");
        });
    }

    @Test
    void oneToolInOneVersionAcrossTeams_raisesNoTooling03() {
        Assessment a = assess(withMoreTools(tool("mlflow", Capability.EXPERIMENT_TRACKING, "2.14", "search")));
        assertThat(findings(a, "TEMPO-TOOLING-03")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-TOOLING-03")).isEmpty();
    }

    @Test
    void unknownVersionOfASharedTool_isListedAsUnknown() {
        Assessment a = assess(withMoreTools(tool("mlflow", Capability.EXPERIMENT_TRACKING, null, "search")));
        assertThat(findings(a, "TEMPO-TOOLING-03")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-TOOLING-03")).containsExactly("tools[2].version");
        Assessment alone = assess(withMoreTools(tool("dvc", Capability.DATA_VERSIONING, null, "search")));
        assertThat(unknownFields(alone, "TEMPO-TOOLING-03")).isEmpty();
    }

    // TOOLING-04: tool sprawl (the well-run team has 4 members and 2 tools)

    private static Tool[] distinctTools(int count) {
        Tool[] tools = new Tool[count];
        for (int i = 0; i < count; i++) {
            tools[i] = tool("tool-" + i, Capability.OTHER, "1", "recommendations");
        }
        return tools;
    }

    @Test
    void moreDistinctToolsPerMemberThanThePolicy_raisesTooling04() {
        assertThat(findings(assess(withMoreTools(distinctTools(5))), "TEMPO-TOOLING-04")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.LOW);
            assertThat(f.title()).isEqualTo("Many tools per team member");
            assertThat(f.target()).isNull();
            assertThat(f.evidence()).containsExactly(
                    "7 distinct tools for 4 declared members: 1.75 per member (> 1.5, the policy's maxToolsPerMember)",
                    "tools: airflow, mlflow, tool-0, tool-1, tool-2, tool-3, tool-4");
        });
    }

    @Test
    void toolsPerMember_raisesTooling04OnlyAboveThePolicy() {
        assertThat(findings(assess(withMoreTools(distinctTools(4))), "TEMPO-TOOLING-04")).isEmpty();
        Policy looser = Policy.builder().thresholds(Thresholds.builder().maxToolsPerMember(2.0).build()).build();
        assertThat(findings(assess(withMoreTools(distinctTools(5)), looser, Fixtures.AS_OF), "TEMPO-TOOLING-04")).isEmpty();
        // the same tool used by several teams counts once
        Project shared = withMoreTools(tool("mlflow", Capability.EXPERIMENT_TRACKING, "2.14", "a"),
                tool("mlflow", Capability.EXPERIMENT_TRACKING, "2.14", "b"), tool("mlflow", Capability.EXPERIMENT_TRACKING, "2.14", "c"),
                tool("mlflow", Capability.EXPERIMENT_TRACKING, "2.14", "d"), tool("mlflow", Capability.EXPERIMENT_TRACKING, "2.14", "e"));
        assertThat(findings(assess(shared), "TEMPO-TOOLING-04")).isEmpty();
    }

    @Test
    void toolsWithoutDeclaredMembers_listTeamMembersAsUnknown_noToolsNoUnknown() {
        Project noMembers = Fixtures.wellRun().toBuilder()
                .team(Fixtures.team().toBuilder().members(List.of()).build()).build();
        Assessment a = assess(noMembers);
        assertThat(findings(a, "TEMPO-TOOLING-04")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-TOOLING-04")).containsExactly("team.members");

        Assessment noTools = assess(noMembers.toBuilder().tools(List.of()).build());
        assertThat(findings(noTools, "TEMPO-TOOLING-04")).isEmpty();
        assertThat(unknownFields(noTools, "TEMPO-TOOLING-04")).isEmpty();
    }

    // TOOLING-05: lock-in

    @Test
    void proprietaryToolWithoutExport_raisesTooling05OnTheTool() {
        Project project = withMoreTools(tool("vendor-ml", Capability.TRAINING, "7", "search", t -> t.proprietary(true).exportable(false)));
        assertThat(findings(assess(project), "TEMPO-TOOLING-05")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.target()).isEqualTo("vendor-ml");
            assertThat(f.evidence()).containsExactly("vendor-ml (team search) is proprietary and exportable = false");
        });
    }

    @Test
    void proprietaryToolWithExport_raisesNoTooling05() {
        Project project = withMoreTools(tool("vendor-ml", Capability.TRAINING, "7", "search", t -> t.proprietary(true).exportable(true)));
        assertThat(findings(assess(project), "TEMPO-TOOLING-05")).isEmpty();
    }

    @Test
    void unknownLockInFlags_areListedAsUnknown_strictModeRaisesTooling05() {
        Project unknownExport = withMoreTools(tool("vendor-ml", Capability.TRAINING, "7", "search", t -> t.proprietary(true).exportable(null)));
        Assessment a = assess(unknownExport);
        assertThat(findings(a, "TEMPO-TOOLING-05")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-TOOLING-05")).containsExactly("tools[2].exportable");

        Project unknownBoth = withMoreTools(tool("vendor-ml", Capability.TRAINING, "7", "search", t -> t.proprietary(null).exportable(null)));
        assertThat(unknownFields(assess(unknownBoth), "TEMPO-TOOLING-05")).containsExactly("tools[2].exportable", "tools[2].proprietary");

        Project openButUnknownExport = withMoreTools(tool("oss", Capability.TRAINING, "7", "search", t -> t.proprietary(false).exportable(null)));
        assertThat(unknownFields(assess(openButUnknownExport), "TEMPO-TOOLING-05")).isEmpty();

        Assessment strict = assess(unknownExport, STRICT, Fixtures.AS_OF);
        assertThat(findings(strict, "TEMPO-TOOLING-05")).singleElement().extracting(Finding::evidence, InstanceOfAssertFactories.LIST)
                .containsExactly("tools[2].exportable is unknown; strict mode (unknownAsFinding) counts it as its worst value");
        assertThat(strict.unknowns()).isEmpty();
    }

    // TOOLING-06: audits

    @Test
    void neverAuditedTools_raiseTooling06() {
        assertThat(findings(assess(withAudit(null)), "TEMPO-TOOLING-06")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.LOW);
            assertThat(f.target()).isNull();
            assertThat(f.evidence()).containsExactly("lastToolAuditOn is not set: the tools were never audited");
        });
    }

    @Test
    void auditAge_raisesTooling06OnlyAboveThePolicy() {
        assertThat(findings(assess(withAudit(Fixtures.AS_OF.minusDays(365))), "TEMPO-TOOLING-06")).isEmpty();
        assertThat(findings(assess(withAudit(Fixtures.AS_OF.minusDays(366))), "TEMPO-TOOLING-06"))
                .singleElement().extracting(Finding::evidence, InstanceOfAssertFactories.LIST).containsExactly(
                        "tools last audited on 2025-11-26, 366 days before the assessment date 2026-11-27"
                                + " (> 365, the policy's maxDaysSinceToolAudit)");
        Policy looser = Policy.builder().thresholds(Thresholds.builder().maxDaysSinceToolAudit(400).build()).build();
        assertThat(findings(assess(withAudit(Fixtures.AS_OF.minusDays(366)), looser, Fixtures.AS_OF), "TEMPO-TOOLING-06")).isEmpty();
    }

    @Test
    void noToolsDeclared_nothingToAudit_raisesNoTooling06() {
        Project project = withAudit(null).toBuilder().tools(List.of()).build();
        assertThat(findings(assess(project), "TEMPO-TOOLING-06")).isEmpty();
    }

    @Test
    void unauditedToolsWithKnownProblems_raiseTooling06AtMedium_namingThem() {
        Tool drifted = tool("mlflow", Capability.EXPERIMENT_TRACKING, "2.9", "platform");
        Project project = withMoreTools(drifted).toBuilder().lastToolAuditOn(null).build();
        assertThat(findings(assess(project), "TEMPO-TOOLING-06")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.evidence()).containsExactly("lastToolAuditOn is not set: the tools were never audited",
                    "unaudited tools with known problems: TEMPO-TOOLING-03 on mlflow (MEDIUM)");
        });
        // audited recently: the problems alone do not raise TOOLING-06
        assertThat(findings(assess(withMoreTools(drifted)), "TEMPO-TOOLING-06")).isEmpty();
    }

    @Test
    void tooling06_readsTheOtherToolingFindingsBeforeWaiversAndDisabling() {
        Tool drifted = tool("mlflow", Capability.EXPERIMENT_TRACKING, "2.9", "platform");
        Project waived = withMoreTools(drifted).toBuilder().lastToolAuditOn(null)
                .waivers(List.of(new dev.tempo.model.Waiver("TEMPO-TOOLING-03", "upgrade planned", Fixtures.AS_OF, null))).build();
        assertThat(findings(assess(waived), "TEMPO-TOOLING-06")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.evidence()).contains("unaudited tools with known problems: TEMPO-TOOLING-03 on mlflow (MEDIUM, waived)");
        });
        Policy overridden = Policy.builder().severities(java.util.Map.of("TEMPO-TOOLING-06", Severity.HIGH)).build();
        assertThat(findings(assess(withMoreTools(drifted).toBuilder().lastToolAuditOn(null).build(), overridden, Fixtures.AS_OF),
                "TEMPO-TOOLING-06")).singleElement().extracting(Finding::severity).isEqualTo(Severity.HIGH);
    }
}
