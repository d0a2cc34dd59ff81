package dev.tempo.examples.acme;

import static dev.tempo.testkit.TempoAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.Factor;
import dev.tempo.Policy;
import dev.tempo.RuleInfo;
import dev.tempo.Severity;
import dev.tempo.Tempo;
import dev.tempo.engine.TempoEngine;
import dev.tempo.examples.cli.Examples;
import dev.tempo.model.Dataset;
import dev.tempo.model.Member;
import dev.tempo.model.Model;
import dev.tempo.model.Project;
import dev.tempo.model.Role;
import dev.tempo.model.Stage;
import dev.tempo.model.Team;
import dev.tempo.model.Tool;
import dev.tempo.testkit.RuleVerifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** ACME's rule pack, each rule where it fires, where it must not, and what it does with unknown facts. */
class AcmePackTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    private static final Tempo TEMPO = AcmePack.addTo(TempoEngine.builder()).build();
    private static final RuleVerifier VERIFY = RuleVerifier.of(TEMPO, AS_OF);

    /** A project ACME's rules accept: its production model has an engineer on call, its tool is open, its personal data owned. */
    private static Project acmeProject() {
        return Project.builder("churn")
                .datasets(List.of(dataset().build()))
                .team(team(Member.builder("sam").role(Role.ML_ENGINEER).responsibilities(List.of("serving", "on-call for churn-model")).build()))
                .tools(List.of(Tool.builder("mlflow").proprietary(false).exportable(true).build()))
                .models(List.of(model().build()))
                .build();
    }

    private static Dataset.Builder dataset() {
        return Dataset.builder("subscriptions").owner("billing").personalData(true).specialCategoryData(false);
    }

    private static Model.Builder model() {
        return Model.builder("churn-model").stage(Stage.PRODUCTION).trainedOn(List.of("subscriptions")).labels(Map.of("owner", "sam"));
    }

    private static Team team(Member... members) {
        return Team.builder().members(List.of(members)).build();
    }

    private static Project withTeam(Member... members) {
        return acmeProject().toBuilder().team(team(members)).build();
    }

    private static Member member(String name, Role role, String... responsibilities) {
        return Member.builder(name).role(role).responsibilities(List.of(responsibilities)).build();
    }

    private static Project withTool(UnaryOperator<Tool.Builder> change) {
        Tool vendor = change.apply(Tool.builder("vendor-automl")).build();
        return acmeProject().toBuilder().tools(List.of(acmeProject().tools().get(0), vendor)).build();
    }

    private static Project withDataset(UnaryOperator<Dataset.Builder> change) {
        return acmeProject().toBuilder().datasets(List.of(change.apply(dataset()).build())).build();
    }

    @Test
    void pack_loadsItsRulesBesideTheDefaultPack_withItsOwnFactor() {
        assertThat(TEMPO.rules()).extracting(RuleInfo::id).contains("TEMPO-DATA-01").containsAll(AcmePack.RULE_IDS);
        assertThat(TEMPO.rules()).filteredOn(r -> r.id().equals("ACME-03")).extracting(RuleInfo::factor)
                .containsExactly(Factor.of("SECURITY"));
        VERIFY.verifyThatRules(AcmePack.RULE_IDS).given(acmeProject()).firesNothing();
        assertThat(TEMPO.assess(acmeProject(), AS_OF)).hasFactorScore(Factor.of("SECURITY"), 100);
    }

    // ACME-01

    @Test
    void productionModelWithoutAnOnCallEngineer_raisesAcme01() {
        VERIFY.verifyThat("ACME-01").given(withTeam(member("sam", Role.ML_ENGINEER, "serving")))
                .firesExactlyOn("churn-model").withSeverity(Severity.HIGH);
        VERIFY.verifyThat("ACME-01").given(withTeam(member("ada", Role.DATA_SCIENTIST, "on-call")))
                .firesExactlyOn("churn-model");
        VERIFY.verifyThat("ACME-01").given(withTeam()).firesExactlyOn("churn-model");
    }

    @Test
    void everyProductionModelWithoutAnOwner_isTargetedOnce() {
        Project twoModels = withTeam(member("sam", Role.ML_ENGINEER, "serving")).toBuilder()
                .models(List.of(model().build(), Model.builder("ltv-model").stage(Stage.PRODUCTION).build(),
                        Model.builder("experiment").stage(Stage.RESEARCH).build()))
                .build();
        VERIFY.verifyThat("ACME-01").given(twoModels).firesExactlyOn("churn-model", "ltv-model");
    }

    @Test
    void onCallEngineer_orNoProductionModel_doesNotRaiseAcme01() {
        VERIFY.verifyThat("ACME-01").given(acmeProject()).doesNotFire().isDecided();
        VERIFY.verifyThat("ACME-01").given(withTeam(member("lee", Role.SOFTWARE_ENGINEER, "On Call rota, weekends"))).doesNotFire();
        Project inDevelopment = withTeam().toBuilder().models(List.of(model().stage(Stage.DEVELOPMENT).build())).build();
        VERIFY.verifyThat("ACME-01").given(inDevelopment).doesNotFire();
    }

    @Test
    void unknownStage_withNobodyOnCall_leavesAcme01Undecided() {
        Project unknownStage = withTeam().toBuilder().models(List.of(model().stage(null).build())).build();
        VERIFY.verifyThat("ACME-01").given(unknownStage).doesNotFire().isUndecidedOn("models[0].stage");

        Project ownedAnyway = acmeProject().toBuilder().models(List.of(model().stage(null).build())).build();
        VERIFY.verifyThat("ACME-01").given(ownedAnyway).doesNotFire().isDecided();
    }

    @Test
    void onCallMemberWithUnknownRole_leavesAcme01Undecided() {
        Project project = withTeam(member("sam", Role.DATA_SCIENTIST, "modelling"), member("kim", null, "on-call"));
        VERIFY.verifyThat("ACME-01").given(project).doesNotFire().isUndecidedOn("team.members[1].role");
    }

    @Test
    void unknownStage_inStrictMode_raisesAcme01SayingSo() {
        Project unknownStage = withTeam().toBuilder().models(List.of(model().stage(null).build())).build();
        Tempo strict = TEMPO.withPolicy(Policy.builder().unknownAsFinding(true).build());
        RuleVerifier.of(strict, AS_OF).verifyThat("ACME-01").given(unknownStage).firesExactlyOn("churn-model");
        assertThat(strict.assess(unknownStage, AS_OF)).hasFinding("ACME-01")
                .withEvidenceContaining("models[0].stage is unknown; strict mode");
    }

    // ACME-02

    @Test
    void proprietaryToolWithoutExport_raisesAcme02() {
        VERIFY.verifyThat("ACME-02").given(withTool(t -> t.proprietary(true).exportable(false)))
                .firesExactlyOn("vendor-automl").withSeverity(Severity.HIGH);
        assertThat(TEMPO.assess(withTool(t -> t.proprietary(true).exportable(false)), AS_OF))
                .hasFinding("ACME-02").onTarget("vendor-automl").withEvidenceContaining("tools[1] (vendor-automl) is proprietary")
                .and().hasFinding("TEMPO-TOOLING-05").onTarget("vendor-automl").withSeverity(Severity.MEDIUM);
    }

    @Test
    void exportableOrOpenTool_doesNotRaiseAcme02() {
        VERIFY.verifyThat("ACME-02").given(withTool(t -> t.proprietary(true).exportable(true))).doesNotFire();
        VERIFY.verifyThat("ACME-02").given(withTool(t -> t.proprietary(false).exportable(false))).doesNotFire();
    }

    @Test
    void unknownExportability_orOwnership_leavesAcme02Undecided() {
        VERIFY.verifyThat("ACME-02").given(withTool(t -> t.proprietary(true))).doesNotFire().isUndecidedOn("tools[1].exportable");
        VERIFY.verifyThat("ACME-02").given(withTool(t -> t.exportable(false))).doesNotFire().isUndecidedOn("tools[1].proprietary");
    }

    // ACME-03

    @Test
    void personalDataWithoutOwner_raisesAcme03_inTheSecurityFactor() {
        Project project = withDataset(d -> d.owner(null));
        VERIFY.verifyThat("ACME-03").given(project).firesExactlyOn("subscriptions").withSeverity(Severity.MEDIUM);
        assertThat(TEMPO.assess(project, AS_OF)).hasFinding("ACME-03").withEvidenceContaining("subscriptions holds personal data")
                .and().hasFactorScore(Factor.of("SECURITY"), 90);
        VERIFY.verifyThat("ACME-03").given(withDataset(d -> d.owner(null).personalData(null).specialCategoryData(true)))
                .firesExactlyOn("subscriptions");
    }

    @Test
    void ownedOrImpersonalData_doesNotRaiseAcme03() {
        VERIFY.verifyThat("ACME-03").given(acmeProject()).doesNotFire().isDecided();
        VERIFY.verifyThat("ACME-03").given(withDataset(d -> d.owner(null).personalData(false))).doesNotFire();
    }

    @Test
    void unknownPersonalData_withoutOwner_leavesAcme03Undecided() {
        VERIFY.verifyThat("ACME-03").given(withDataset(d -> d.owner(null).personalData(null).specialCategoryData(null)))
                .doesNotFire().isUndecidedOn("datasets[0].personalData");
    }

    // ACME-04

    @Test
    void productionModelWithoutAnOwnerLabel_raisesAcme04() {
        Project unlabelled = acmeProject().toBuilder().models(List.of(model().labels(Map.of("tier", "gold")).build())).build();
        VERIFY.verifyThat("ACME-04").given(unlabelled).firesExactlyOn("churn-model").withSeverity(Severity.MEDIUM);
        assertThat(TEMPO.assess(unlabelled, AS_OF)).hasFinding("ACME-04").onTarget("churn-model")
                .withEvidenceContaining("models[0].labels has no owner");
    }

    @Test
    void ownerLabel_orNoProductionModel_doesNotRaiseAcme04_unknownStageIsUndecided() {
        VERIFY.verifyThat("ACME-04").given(acmeProject()).doesNotFire().isDecided();
        Project research = acmeProject().toBuilder().models(List.of(model().labels(null).stage(Stage.RESEARCH).build())).build();
        VERIFY.verifyThat("ACME-04").given(research).doesNotFire();
        Project unknownStage = acmeProject().toBuilder().models(List.of(model().labels(null).stage(null).build())).build();
        VERIFY.verifyThat("ACME-04").given(unknownStage).doesNotFire().isUndecidedOn("models[0].stage");
    }

    // the article's case studies under ACME's rules

    @Test
    void caseStudies_underAcmeRules() {
        VERIFY.verifyThatRules(AcmePack.RULE_IDS).given(Examples.read("credit-scoring.yaml")).firesNothing();
        // the README: SECURITY (100) joins the mean, so credit scoring's tempo goes from 57 to 58
        assertThat(TEMPO.assess(Examples.read("credit-scoring.yaml"), AS_OF)).hasTempoScore(58).hasFactorScore(Factor.of("SECURITY"), 100);
        VERIFY.verifyThatRules(AcmePack.RULE_IDS).given(Examples.read("ecommerce-recommender.yaml"))
                .firesExactly("ACME-01 [ranker]", "ACME-03 [clickstream]");
        VERIFY.verifyThatRules(AcmePack.RULE_IDS).given(Examples.read("loan-default-after.yaml"))
                .firesExactly("ACME-01 [default-warning]", "ACME-04 [default-warning]");
    }
}
