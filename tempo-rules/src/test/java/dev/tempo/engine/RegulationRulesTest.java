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
import dev.tempo.model.Dataset;
import dev.tempo.model.DecisionType;
import dev.tempo.model.Explainability;
import dev.tempo.model.Industry;
import dev.tempo.model.Jurisdiction;
import dev.tempo.model.Model;
import dev.tempo.model.Project;
import dev.tempo.model.Regime;
import dev.tempo.model.Regulation;
import dev.tempo.model.Stage;
import dev.tempo.testing.Fixtures;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class RegulationRulesTest {
    private static final Policy STRICT = Policy.builder().unknownAsFinding(true).build();

    /** EU under GDPR, with data residency; nothing else required. */
    private static final Jurisdiction EU = Jurisdiction.builder("EU").regime(Regime.GDPR).dataResidency(true)
            .documentationRequired(false).thirdPartyAuditRequired(false).build();
    /** The well-run fixture's US under CCPA, without residency. */
    private static final Jurisdiction US = Fixtures.wellRun().jurisdictions().get(0);

    private static Jurisdiction jurisdiction(Jurisdiction from, UnaryOperator<Jurisdiction.Builder> change) {
        return change.apply(from.toBuilder()).build();
    }

    /** The well-run project with EU and US jurisdictions, each in its own environment, and one changed dataset. */
    private static Project euProject(UnaryOperator<Dataset.Builder> change) {
        return Fixtures.wellRun().toBuilder()
                .jurisdictions(List.of(EU, US))
                .infrastructure(Fixtures.infrastructure().toBuilder().separateEnvironments(List.of("EU", "US")).build())
                .datasets(List.of(change.apply(Fixtures.dataset().toBuilder()).build()))
                .build();
    }

    /** EU personal data of the loan-default case, stored in the US. */
    private static Dataset.Builder euDataInUs(Dataset.Builder d) {
        return d.personalData(true).subjectsIn("EU").storedIn("US");
    }

    private static Project withJurisdictions(List<String> separate, Jurisdiction... jurisdictions) {
        return Fixtures.wellRun().toBuilder().jurisdictions(List.of(jurisdictions))
                .infrastructure(Fixtures.infrastructure().toBuilder().separateEnvironments(separate).build())
                .build();
    }

    /** The jurisdictions with the fixture's dataset holding personal data of EU subjects, stored in the EU. */
    private static Project sharing(List<String> separate, Jurisdiction... jurisdictions) {
        Project project = withJurisdictions(separate, jurisdictions);
        return project.toBuilder().datasets(List.of(Fixtures.dataset().toBuilder()
                .personalData(true).subjectsIn("EU").storedIn("EU").build())).build();
    }

    private static Project withRegulation(Project project, UnaryOperator<Regulation.Builder> change) {
        return project.toBuilder().regulation(change.apply(project.regulation().toBuilder()).build()).build();
    }

    private static Project withIndustry(Project project, Industry industry) {
        return project.toBuilder().industry(industry).build();
    }

    private static Project withModel(Project project, UnaryOperator<Model.Builder> change) {
        return project.toBuilder().models(List.of(change.apply(Fixtures.model().toBuilder()).build())).build();
    }

    /** A credit model without explainability, the REGULATION-07 case when its data is GDPR personal data. */
    private static Model.Builder unexplainableCredit(Model.Builder m) {
        return m.decisionType(DecisionType.CREDIT).explainability(Explainability.NONE);
    }

    /** The one finding the rule raised. */
    private static Finding only(Assessment assessment, String ruleId) {
        List<Finding> found = findings(assessment, ruleId);
        assertThat(found).as(ruleId + " findings").hasSize(1);
        return found.get(0);
    }

    @Test
    void wellRunProject_raisesNoRegulationFinding() {
        Assessment a = assess(Fixtures.wellRun());
        assertThat(a.findings()).extracting(Finding::ruleId).noneMatch(id -> id.startsWith("TEMPO-REGULATION"));
        assertThat(a.unknowns()).isEmpty();
    }

    @Test
    void loanDefaultCase_raisesRegulation01And02_andNeitherAfterTheFix() {
        Project before = euProject(RegulationRulesTest::euDataInUs).toBuilder()
                .infrastructure(Fixtures.infrastructure()).build();
        Assessment a = assess(before);
        assertThat(findings(a, "TEMPO-REGULATION-01")).hasSize(1);
        assertThat(findings(a, "TEMPO-REGULATION-02")).hasSize(1);

        Assessment after = assess(euProject(d -> d.personalData(true).subjectsIn("EU").storedIn("EU")));
        assertThat(findings(after, "TEMPO-REGULATION-01")).isEmpty();
        assertThat(findings(after, "TEMPO-REGULATION-02")).isEmpty();
    }

    @Test
    void euPersonalDataStoredInTheUs_raisesRegulation01_perDataset() {
        Finding f = only(assess(euProject(RegulationRulesTest::euDataInUs)), "TEMPO-REGULATION-01");
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.target()).isEqualTo("orders");
        assertThat(f.evidence()).containsExactly("datasets[0] (orders) holds personal data of subjects in EU",
                "EU (GDPR) requires personal data to stay in EU (dataResidency)",
                "it is stored in US, not in EU");
    }

    @Test
    void dataInItsRegion_orNoResidencyRule_orNoPersonalData_doesNotRaiseRegulation01() {
        assertThat(findings(assess(euProject(d -> euDataInUs(d).storedIn("EU"))), "TEMPO-REGULATION-01")).isEmpty();
        assertThat(findings(assess(euProject(d -> euDataInUs(d).personalData(false))), "TEMPO-REGULATION-01")).isEmpty();
        assertThat(findings(assess(euProject(d -> d.personalData(true).subjectsIn("US").storedIn("EU"))), "TEMPO-REGULATION-01")).isEmpty();
        Project noResidency = euProject(RegulationRulesTest::euDataInUs).toBuilder()
                .jurisdictions(List.of(jurisdiction(EU, j -> j.dataResidency(false)), US)).build();
        assertThat(findings(assess(noResidency), "TEMPO-REGULATION-01")).isEmpty();
    }

    @Test
    void regulation01_unknownFlagsAreUndecided_unknownCodesAreListedInEveryMode() {
        Project unknownPersonal = euProject(d -> euDataInUs(d).personalData(null));
        assertThat(unknownFields(assess(unknownPersonal), "TEMPO-REGULATION-01")).containsExactly("datasets[0].personalData");
        assertThat(only(assess(unknownPersonal, STRICT, Fixtures.AS_OF), "TEMPO-REGULATION-01").evidence())
                .contains("datasets[0].personalData is unknown; strict mode (unknownAsFinding) counts it as its worst value");

        Project unknownResidency = euProject(RegulationRulesTest::euDataInUs).toBuilder()
                .jurisdictions(List.of(jurisdiction(EU, j -> j.dataResidency(null)), US)).build();
        assertThat(unknownFields(assess(unknownResidency), "TEMPO-REGULATION-01")).containsExactly("jurisdictions[0].dataResidency");

        Project unknownStorage = euProject(d -> euDataInUs(d).storedIn(null));
        Assessment strict = assess(unknownStorage, STRICT, Fixtures.AS_OF);
        assertThat(findings(strict, "TEMPO-REGULATION-01")).isEmpty();
        assertThat(unknownFields(strict, "TEMPO-REGULATION-01")).containsExactly("datasets[0].storedIn");
        assertThat(unknownFields(assess(euProject(d -> euDataInUs(d).subjectsIn(null))), "TEMPO-REGULATION-01"))
                .containsExactly("datasets[0].subjectsIn");
    }

    @Test
    void gdprAndCcpaSharingOneEnvironment_raisesRegulation02_namingThem() {
        Finding f = only(assess(sharing(List.of(), EU, US)), "TEMPO-REGULATION-02");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.target()).isNull();
        assertThat(f.evidence()).containsExactly("jurisdictions EU (GDPR), US (CCPA) share one environment",
                "2 distinct regimes in one environment: GDPR, CCPA",
                "datasets[0] (orders) holds personal data of subjects in EU, whose data must stay there (jurisdictions[0].dataResidency)",
                "infrastructure.separateEnvironments is empty: no jurisdiction has an environment of its own");
        assertThat(f.recommendation()).doesNotContain("GDPR");
    }

    @Test
    void sharedEnvironment_withoutResidentPersonalData_doesNotRaiseRegulation02() {
        assertThat(findings(assess(withJurisdictions(List.of(), EU, US)), "TEMPO-REGULATION-02")).isEmpty();
        Jurisdiction euWithoutResidency = jurisdiction(EU, j -> j.dataResidency(false));
        assertThat(findings(assess(sharing(List.of(), euWithoutResidency, US)), "TEMPO-REGULATION-02")).isEmpty();
        Project usSubjects = sharing(List.of(), EU, US).toBuilder().datasets(List.of(Fixtures.dataset().toBuilder()
                .personalData(true).subjectsIn("US").storedIn("US").build())).build();
        assertThat(findings(assess(usSubjects), "TEMPO-REGULATION-02")).isEmpty();
    }

    @Test
    void regulation02_unknownPersonalDataOrResidency_isListed_andFiresInStrictMode() {
        Project unknownPersonal = sharing(List.of(), EU, US).toBuilder().datasets(List.of(Fixtures.dataset().toBuilder()
                .personalData(null).subjectsIn("EU").build())).build();
        Assessment a = assess(unknownPersonal);
        assertThat(findings(a, "TEMPO-REGULATION-02")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-REGULATION-02")).containsExactly("datasets[0].personalData");
        assertThat(findings(assess(unknownPersonal, STRICT, Fixtures.AS_OF), "TEMPO-REGULATION-02")).hasSize(1);
        Project unknownResidency = sharing(List.of(), jurisdiction(EU, j -> j.dataResidency(null)), US);
        assertThat(unknownFields(assess(unknownResidency), "TEMPO-REGULATION-02")).containsExactly("jurisdictions[0].dataResidency");
        Project unknownSubjects = sharing(List.of(), EU, US).toBuilder().datasets(List.of(Fixtures.dataset().toBuilder()
                .personalData(true).subjectsIn(null).build())).build();
        assertThat(unknownFields(assess(unknownSubjects, STRICT, Fixtures.AS_OF), "TEMPO-REGULATION-02")).containsExactly("datasets[0].subjectsIn");
    }

    @Test
    void separateEnvironments_keepRegulation02Quiet_unlessTwoRegimesStillShare() {
        assertThat(findings(assess(sharing(List.of("EU", "US"), EU, US)), "TEMPO-REGULATION-02")).isEmpty();
        assertThat(findings(assess(sharing(List.of("EU"), EU, US)), "TEMPO-REGULATION-02")).isEmpty();
        Jurisdiction uk = Jurisdiction.builder("UK").regime(Regime.UK_GDPR).dataResidency(true).build();
        Project ukData = withJurisdictions(List.of("EU"), EU, US, uk).toBuilder().datasets(List.of(Fixtures.dataset()
                .toBuilder().personalData(true).subjectsIn("UK").storedIn("UK").build())).build();
        Finding f = only(assess(ukData), "TEMPO-REGULATION-02");
        assertThat(f.evidence()).containsExactly("jurisdictions UK (UK_GDPR), US (CCPA) share one environment",
                "2 distinct regimes in one environment: UK_GDPR, CCPA",
                "datasets[0] (orders) holds personal data of subjects in UK, whose data must stay there (jurisdictions[2].dataResidency)",
                "only EU has an environment of its own (infrastructure.separateEnvironments)");
    }

    @Test
    void jurisdictionsWithTheSameRegime_doNotRaiseRegulation02() {
        Jurisdiction ca = Jurisdiction.builder("CA").regime(Regime.CCPA).build();
        assertThat(findings(assess(withJurisdictions(List.of(), US, ca)), "TEMPO-REGULATION-02")).isEmpty();
    }

    @Test
    void regulation02_unknownRegimeThatCouldMakeTwo_isListed_andFiresInStrictMode() {
        Jurisdiction unknown = Jurisdiction.builder("XX").build();
        Project project = sharing(List.of(), EU, unknown);
        Assessment a = assess(project);
        assertThat(findings(a, "TEMPO-REGULATION-02")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-REGULATION-02")).containsExactly("jurisdictions[1].regime");
        assertThat(findings(assess(project, STRICT, Fixtures.AS_OF), "TEMPO-REGULATION-02")).hasSize(1);
        // two known regimes decide it: the unknown one does not matter
        Assessment decided = assess(sharing(List.of(), EU, US, unknown));
        assertThat(findings(decided, "TEMPO-REGULATION-02")).hasSize(1);
        assertThat(unknownFields(decided, "TEMPO-REGULATION-02")).isEmpty();
    }

    @Test
    void gdprPersonalDataWithoutDpia_raisesRegulation03() {
        Project project = withRegulation(euProject(d -> d.personalData(true).subjectsIn("EU").storedIn("EU")), r -> r.dpiaCompleted(false));
        Finding f = only(assess(project), "TEMPO-REGULATION-03");
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.target()).isNull();
        assertThat(f.evidence()).containsExactly("datasets[0] (orders) holds personal data of subjects in EU",
                "EU is under GDPR, a regime the policy's dpiaRegimes ask a DPIA for",
                "no DPIA is completed (regulation.dpiaCompleted = false)");
    }

    @Test
    void highRiskProcessingWithoutDpia_raisesRegulation03AtHigh() {
        Project special = withRegulation(euProject(d -> d.personalData(true).specialCategoryData(true).subjectsIn("EU").storedIn("EU")),
                r -> r.dpiaCompleted(false));
        assertThat(only(assess(special), "TEMPO-REGULATION-03")).satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.evidence()).contains("orders holds special-category data: high-risk processing");
        });
        Project credit = withModel(withRegulation(euProject(d -> d.personalData(true).subjectsIn("EU").storedIn("EU")),
                r -> r.dpiaCompleted(false)), m -> m.decisionType(DecisionType.CREDIT));
        assertThat(only(assess(credit), "TEMPO-REGULATION-03")).satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.evidence()).contains("model recommender decides CREDIT: high-risk processing");
        });
    }

    @Test
    void regulation03_unknownSpecialCategoryOrDecision_staysMedium_andIsListed_strictModeRaisesHigh() {
        Project project = withRegulation(euProject(d -> d.personalData(true).specialCategoryData(null).subjectsIn("EU").storedIn("EU")),
                r -> r.dpiaCompleted(false));
        Assessment a = assess(project);
        assertThat(only(a, "TEMPO-REGULATION-03").severity()).isEqualTo(Severity.MEDIUM);
        assertThat(unknownFields(a, "TEMPO-REGULATION-03")).containsExactly("datasets[0].specialCategoryData");
        assertThat(only(assess(project, STRICT, Fixtures.AS_OF), "TEMPO-REGULATION-03").severity()).isEqualTo(Severity.HIGH);
        Project unknownDecision = withModel(withRegulation(euProject(d -> d.personalData(true).subjectsIn("EU").storedIn("EU")),
                r -> r.dpiaCompleted(false)), m -> m.decisionType(null));
        assertThat(unknownFields(assess(unknownDecision), "TEMPO-REGULATION-03")).containsExactly("models[0].decisionType");
    }

    @Test
    void regulation03_followsThePolicysDpiaRegimes() {
        Project usData = withRegulation(euProject(d -> d.personalData(true).subjectsIn("US").storedIn("US")), r -> r.dpiaCompleted(false));
        assertThat(findings(assess(usData), "TEMPO-REGULATION-03")).isEmpty();
        Policy ccpaToo = Policy.builder().dpiaRegimes(Set.of(Regime.GDPR, Regime.CCPA)).build();
        assertThat(findings(assess(usData, ccpaToo, Fixtures.AS_OF), "TEMPO-REGULATION-03")).hasSize(1);

        Project euData = withRegulation(euProject(d -> d.personalData(true).subjectsIn("EU").storedIn("EU")), r -> r.dpiaCompleted(false));
        Policy none = Policy.builder().dpiaRegimes(Set.of()).build();
        assertThat(findings(assess(euData, none, Fixtures.AS_OF), "TEMPO-REGULATION-03")).isEmpty();
    }

    @Test
    void completedDpiaOrNoPersonalData_doesNotRaiseRegulation03_unknownDpiaIsListed() {
        assertThat(findings(assess(euProject(d -> d.personalData(true).subjectsIn("EU").storedIn("EU"))), "TEMPO-REGULATION-03")).isEmpty();
        assertThat(findings(assess(withRegulation(euProject(d -> d.subjectsIn("EU")), r -> r.dpiaCompleted(false))),
                "TEMPO-REGULATION-03")).isEmpty();
        Project unknown = withRegulation(euProject(d -> d.personalData(true).subjectsIn("EU").storedIn("EU")), r -> r.dpiaCompleted(null));
        assertThat(unknownFields(assess(unknown), "TEMPO-REGULATION-03")).containsExactly("regulation.dpiaCompleted");
        assertThat(findings(assess(unknown, STRICT, Fixtures.AS_OF), "TEMPO-REGULATION-03")).hasSize(1);
    }

    @Test
    void specialCategoryTrainingDataOfEuSubjects_raisesRegulation04_perDataset() {
        Finding f = only(assess(euProject(d -> d.specialCategoryData(true).subjectsIn("EU").storedIn("EU"))), "TEMPO-REGULATION-04");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.target()).isEqualTo("orders");
        assertThat(f.evidence()).containsExactly("orders is used for training (usedForTraining = true; trained on by recommender)",
                "it holds special-category data (health, ethnicity, religion, ...)",
                "its subjects are in EU, under GDPR");
    }

    @Test
    void specialCategoryTrainingDataWithoutDpia_raisesRegulation04AtCritical_unknownDpiaStaysHigh() {
        Project special = euProject(d -> d.specialCategoryData(true).subjectsIn("EU").storedIn("EU"));
        Finding critical = only(assess(withRegulation(special, r -> r.dpiaCompleted(false))), "TEMPO-REGULATION-04");
        assertThat(critical.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(critical.evidence()).contains("no DPIA is completed (regulation.dpiaCompleted = false)");
        Project unknownDpia = withRegulation(special, r -> r.dpiaCompleted(null));
        Assessment a = assess(unknownDpia);
        assertThat(only(a, "TEMPO-REGULATION-04").severity()).isEqualTo(Severity.HIGH);
        assertThat(unknownFields(a, "TEMPO-REGULATION-04")).containsExactly("regulation.dpiaCompleted");
        assertThat(only(assess(unknownDpia, STRICT, Fixtures.AS_OF), "TEMPO-REGULATION-04").severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void datasetNamedInTrainedOn_countsAsTrainingData_forRegulation04() {
        Finding f = only(assess(euProject(d -> d.specialCategoryData(true).subjectsIn("EU").usedForTraining(false))), "TEMPO-REGULATION-04");
        assertThat(f.evidence()).first().isEqualTo("orders is used for training (usedForTraining = false; trained on by recommender)");
    }

    @Test
    void specialCategoryDataOutsideGdprOrNotForTraining_doesNotRaiseRegulation04_unknownFlagIsListed() {
        assertThat(findings(assess(euProject(d -> d.specialCategoryData(true))), "TEMPO-REGULATION-04")).isEmpty();
        Project notForTraining = euProject(d -> d.specialCategoryData(true).subjectsIn("EU").usedForTraining(false)).toBuilder()
                .models(List.of()).history(List.of()).build();
        assertThat(findings(assess(notForTraining), "TEMPO-REGULATION-04")).isEmpty();
        Project unknown = euProject(d -> d.specialCategoryData(null).subjectsIn("EU"));
        assertThat(unknownFields(assess(unknown), "TEMPO-REGULATION-04")).containsExactly("datasets[0].specialCategoryData");
        assertThat(findings(assess(unknown, STRICT, Fixtures.AS_OF), "TEMPO-REGULATION-04")).hasSize(1);
    }

    @Test
    void regulatedIndustryWithoutValidation_raisesRegulation05() {
        Project project = withRegulation(withIndustry(Fixtures.wellRun(), Industry.FINANCE), r -> r.modelValidationPlanned(false));
        Finding f = only(assess(project), "TEMPO-REGULATION-05");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.target()).isNull();
        assertThat(f.evidence()).containsExactly("industry FINANCE is regulated (FINANCE, HEALTHCARE and INSURANCE are)",
                "no model validation is planned (regulation.modelValidationPlanned = false)");
    }

    @Test
    void auditingJurisdictionWithoutValidation_raisesRegulation05() {
        Project project = withRegulation(withJurisdictions(List.of(), jurisdiction(US, j -> j.thirdPartyAuditRequired(true))),
                r -> r.modelValidationPlanned(false));
        assertThat(only(assess(project), "TEMPO-REGULATION-05").evidence())
                .contains("US (CCPA) requires a third-party audit (jurisdictions[0].thirdPartyAuditRequired)");
    }

    @Test
    void plannedValidationOrUnregulatedProject_doesNotRaiseRegulation05() {
        assertThat(findings(assess(withRegulation(Fixtures.wellRun(), r -> r.modelValidationPlanned(false))), "TEMPO-REGULATION-05")).isEmpty();
        assertThat(findings(assess(withIndustry(Fixtures.wellRun(), Industry.HEALTHCARE)), "TEMPO-REGULATION-05")).isEmpty();
    }

    @Test
    void regulation05_unknownIndustryOrPlan_isListed_andFiresInStrictMode() {
        Project unknownIndustry = withRegulation(withIndustry(Fixtures.wellRun(), null), r -> r.modelValidationPlanned(false));
        assertThat(unknownFields(assess(unknownIndustry), "TEMPO-REGULATION-05")).containsExactly("project.industry");
        assertThat(findings(assess(unknownIndustry, STRICT, Fixtures.AS_OF), "TEMPO-REGULATION-05")).hasSize(1);
        Project unknownPlan = withRegulation(withIndustry(Fixtures.wellRun(), Industry.INSURANCE), r -> r.modelValidationPlanned(null));
        assertThat(unknownFields(assess(unknownPlan), "TEMPO-REGULATION-05")).containsExactly("regulation.modelValidationPlanned");
    }

    @Test
    void requiredDocumentationNotPlanned_raisesRegulation06() {
        Project project = withRegulation(withJurisdictions(List.of(), jurisdiction(US, j -> j.documentationRequired(true))),
                r -> r.documentationPlanned(false));
        Finding f = only(assess(project), "TEMPO-REGULATION-06");
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.target()).isNull();
        assertThat(f.evidence()).containsExactly("US (CCPA) requires documentation (model card, audit trail)",
                "no documentation is planned (regulation.documentationPlanned = false)");
    }

    @Test
    void documentationNotRequiredOrPlanned_doesNotRaiseRegulation06_unknownRequirementIsListed() {
        assertThat(findings(assess(withRegulation(Fixtures.wellRun(), r -> r.documentationPlanned(false))), "TEMPO-REGULATION-06")).isEmpty();
        assertThat(findings(assess(withJurisdictions(List.of(), jurisdiction(US, j -> j.documentationRequired(true)))),
                "TEMPO-REGULATION-06")).isEmpty();
        Project unknown = withRegulation(withJurisdictions(List.of(), jurisdiction(US, j -> j.documentationRequired(null))),
                r -> r.documentationPlanned(false));
        assertThat(unknownFields(assess(unknown), "TEMPO-REGULATION-06")).containsExactly("jurisdictions[0].documentationRequired");
        assertThat(findings(assess(unknown, STRICT, Fixtures.AS_OF), "TEMPO-REGULATION-06")).hasSize(1);
    }

    @Test
    void unexplainableCreditModelOnGdprPersonalData_raisesRegulation07_perModel() {
        Project project = withModel(euProject(d -> d.personalData(true).subjectsIn("EU").storedIn("EU")), RegulationRulesTest::unexplainableCredit);
        Finding f = only(assess(project), "TEMPO-REGULATION-07");
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.target()).isEqualTo("recommender");
        assertThat(f.evidence()).containsExactly("model recommender decides CREDIT",
                "its decisions cannot be explained (models[0].explainability = NONE)",
                "trained on datasets[0] (orders): personal data of subjects in EU (GDPR)");
    }

    @Test
    void regulation07_withoutTrainingData_looksAtTheProjectsJurisdictions() {
        Project project = withModel(euProject(d -> d), m -> unexplainableCredit(m).trainedOn(List.of()));
        assertThat(only(assess(project), "TEMPO-REGULATION-07").evidence())
                .contains("models[0].trainedOn is empty and the project declares EU (GDPR)");
        Jurisdiction unregulated = Jurisdiction.builder("XX").regime(Regime.NONE).build();
        Project noRegime = withModel(Fixtures.wellRun(), m -> unexplainableCredit(m).trainedOn(List.of())).toBuilder()
                .jurisdictions(List.of(unregulated)).datasets(List.of(Fixtures.dataset().toBuilder().subjectsIn("XX").storedIn("XX").build()))
                .build();
        assertThat(findings(assess(noRegime), "TEMPO-REGULATION-07")).isEmpty();
    }

    @Test
    void regulation07_coversEveryRegimeAndRegulatedIndustries_notOnlyGdpr() {
        Project ccpa = withModel(Fixtures.wellRun().toBuilder().datasets(List.of(Fixtures.dataset().toBuilder()
                .personalData(true).build())).build(), RegulationRulesTest::unexplainableCredit);
        assertThat(only(assess(ccpa), "TEMPO-REGULATION-07").evidence())
                .contains("trained on datasets[0] (orders): personal data of subjects in US (CCPA)");
        Project finance = withIndustry(withModel(Fixtures.wellRun(), RegulationRulesTest::unexplainableCredit), Industry.FINANCE);
        assertThat(only(assess(finance), "TEMPO-REGULATION-07").evidence())
                .containsExactly("model recommender decides CREDIT", "its decisions cannot be explained (models[0].explainability = NONE)",
                        "industry FINANCE is regulated (FINANCE, HEALTHCARE and INSURANCE are)");
    }

    @Test
    void regulation07_subjectsInAnUndeclaredJurisdiction_areUnknownInEveryMode() {
        Project elsewhere = withModel(Fixtures.wellRun().toBuilder().datasets(List.of(Fixtures.dataset().toBuilder()
                .personalData(true).subjectsIn("BR").build())).build(), RegulationRulesTest::unexplainableCredit);
        Assessment a = assess(elsewhere, STRICT, Fixtures.AS_OF);
        assertThat(findings(a, "TEMPO-REGULATION-07")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-REGULATION-07")).containsExactly("datasets[0].subjectsIn");
    }

    @Test
    void explainableOrUnregulatedOrNonGdprModel_doesNotRaiseRegulation07() {
        Project euData = euProject(d -> d.personalData(true).subjectsIn("EU").storedIn("EU"));
        assertThat(findings(assess(withModel(euData, m -> unexplainableCredit(m).explainability(Explainability.PLANNED))),
                "TEMPO-REGULATION-07")).isEmpty();
        assertThat(findings(assess(withModel(euData, m -> unexplainableCredit(m).decisionType(DecisionType.PRICING))),
                "TEMPO-REGULATION-07")).isEmpty();
        assertThat(findings(assess(withModel(euProject(d -> d.personalData(false)), RegulationRulesTest::unexplainableCredit)),
                "TEMPO-REGULATION-07")).isEmpty();
        assertThat(findings(assess(withModel(euProject(d -> d.subjectsIn("EU")), RegulationRulesTest::unexplainableCredit)),
                "TEMPO-REGULATION-07")).isEmpty();
    }

    @Test
    void regulation07_unknownPersonalDataIsUndecided_unknownSubjectsAreListedInEveryMode() {
        Project unknownPersonal = withModel(euProject(d -> d.personalData(null).subjectsIn("EU")), RegulationRulesTest::unexplainableCredit);
        assertThat(unknownFields(assess(unknownPersonal), "TEMPO-REGULATION-07")).containsExactly("datasets[0].personalData");
        assertThat(findings(assess(unknownPersonal, STRICT, Fixtures.AS_OF), "TEMPO-REGULATION-07")).hasSize(1);

        Project unknownSubjects = withModel(euProject(d -> d.personalData(true).subjectsIn(null)), RegulationRulesTest::unexplainableCredit);
        Assessment strict = assess(unknownSubjects, STRICT, Fixtures.AS_OF);
        assertThat(findings(strict, "TEMPO-REGULATION-07")).isEmpty();
        assertThat(unknownFields(strict, "TEMPO-REGULATION-07")).containsExactly("datasets[0].subjectsIn");

        Project unknownDecision = withModel(euProject(d -> d.personalData(true).subjectsIn("EU")), m -> unexplainableCredit(m).decisionType(null));
        assertThat(unknownFields(assess(unknownDecision), "TEMPO-REGULATION-07")).containsExactly("models[0].decisionType");
    }

    @Test
    void unclarifiedRequirements_raiseRegulation08_unknownIsListed_strictFires() {
        Finding f = only(assess(withRegulation(Fixtures.wellRun(), r -> r.requirementsClarified(false))), "TEMPO-REGULATION-08");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.target()).isNull();
        assertThat(f.evidence()).containsExactly("regulation.requirementsClarified = false");

        Project unknown = withRegulation(Fixtures.wellRun(), r -> r.requirementsClarified(null));
        assertThat(findings(assess(unknown), "TEMPO-REGULATION-08")).isEmpty();
        assertThat(unknownFields(assess(unknown), "TEMPO-REGULATION-08")).containsExactly("regulation.requirementsClarified");
        assertThat(findings(assess(unknown, STRICT, Fixtures.AS_OF), "TEMPO-REGULATION-08")).hasSize(1);
    }

    // REGULATION-09

    private static Project production(Project project, java.time.LocalDate lastValidatedOn) {
        return withModel(project, m -> m.stage(Stage.PRODUCTION).lastValidatedOn(lastValidatedOn));
    }

    @Test
    void regulatedProductionModelNotValidatedWithinThePolicy_raisesRegulation09_onBothSidesOfIt() {
        Project finance = withIndustry(Fixtures.wellRun(), Industry.FINANCE);
        Finding f = only(assess(production(finance, Fixtures.AS_OF.minusDays(366))), "TEMPO-REGULATION-09");
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.target()).isEqualTo("recommender");
        assertThat(f.evidence()).containsExactly("model recommender is in PRODUCTION",
                "last validated on 2025-11-26, 366 days before the assessment date 2026-11-27 (> 365, the policy's maxDaysSinceValidation)",
                "industry FINANCE is regulated (FINANCE, HEALTHCARE and INSURANCE are)");
        assertThat(findings(assess(production(finance, Fixtures.AS_OF.minusDays(365))), "TEMPO-REGULATION-09")).isEmpty();
        assertThat(only(assess(production(finance, null)), "TEMPO-REGULATION-09").evidence())
                .contains("models[0].lastValidatedOn is not set: never validated");
        Policy tighter = Policy.builder().thresholds(Thresholds.builder().maxDaysSinceValidation(90).build()).build();
        assertThat(findings(assess(production(finance, Fixtures.AS_OF.minusDays(91)), tighter, Fixtures.AS_OF), "TEMPO-REGULATION-09")).hasSize(1);
    }

    @Test
    void documentationOrAuditJurisdictions_makeRegulation09Apply() {
        Jurisdiction documenting = jurisdiction(US, j -> j.documentationRequired(true));
        assertThat(only(assess(production(Fixtures.wellRun().toBuilder().jurisdictions(List.of(documenting)).build(), null)),
                "TEMPO-REGULATION-09").evidence()).contains("US (CCPA) requires documentation (jurisdictions[0].documentationRequired)");
        Jurisdiction auditing = jurisdiction(US, j -> j.thirdPartyAuditRequired(true));
        assertThat(findings(assess(production(Fixtures.wellRun().toBuilder().jurisdictions(List.of(auditing)).build(), null)),
                "TEMPO-REGULATION-09")).hasSize(1);
    }

    @Test
    void unregulatedOrNotInProduction_doesNotRaiseRegulation09() {
        assertThat(findings(assess(production(Fixtures.wellRun(), null)), "TEMPO-REGULATION-09")).isEmpty();
        Project finance = withIndustry(Fixtures.wellRun(), Industry.FINANCE);
        assertThat(findings(assess(withModel(finance, m -> m.stage(Stage.DEVELOPMENT).lastValidatedOn(null))), "TEMPO-REGULATION-09")).isEmpty();
    }

    @Test
    void regulation09_unknownStageOrIndustry_isListed_andFiresInStrictMode() {
        Project unknownIndustry = production(withIndustry(Fixtures.wellRun(), null), null);
        Assessment a = assess(unknownIndustry);
        assertThat(findings(a, "TEMPO-REGULATION-09")).isEmpty();
        assertThat(unknownFields(a, "TEMPO-REGULATION-09")).containsExactly("project.industry");
        assertThat(findings(assess(unknownIndustry, STRICT, Fixtures.AS_OF), "TEMPO-REGULATION-09")).hasSize(1);
        Project unknownStage = withModel(withIndustry(Fixtures.wellRun(), Industry.HEALTHCARE), m -> m.stage(null).lastValidatedOn(null));
        assertThat(unknownFields(assess(unknownStage), "TEMPO-REGULATION-09")).containsExactly("models[0].stage");
    }
}
