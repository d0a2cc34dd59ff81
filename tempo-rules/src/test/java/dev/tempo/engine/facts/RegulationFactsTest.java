package dev.tempo.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.AssessmentScope;
import dev.tempo.engine.Grounds;
import dev.tempo.engine.TestScopes;
import dev.tempo.model.Dataset;
import dev.tempo.model.Industry;
import dev.tempo.model.Jurisdiction;
import dev.tempo.model.Model;
import dev.tempo.model.Project;
import dev.tempo.model.Regime;
import dev.tempo.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegulationFactsTest {
    private static final Jurisdiction EU = jurisdiction("EU", Regime.GDPR, true);
    private static final Jurisdiction US = jurisdiction("US", Regime.CCPA, false);

    private static Jurisdiction jurisdiction(String code, Regime regime, Boolean residency) {
        return Jurisdiction.builder(code).regime(regime).dataResidency(residency).documentationRequired(false)
                .thirdPartyAuditRequired(false).build();
    }

    private static Dataset personal(String name, Boolean personal, String subjectsIn) {
        return Fixtures.dataset().toBuilder().name(name).personalData(personal).subjectsIn(subjectsIn).storedIn(subjectsIn).build();
    }

    private static Project project(Industry industry, List<Jurisdiction> jurisdictions, List<Dataset> datasets, List<Model> models) {
        return Fixtures.wellRun().toBuilder().industry(industry).jurisdictions(jurisdictions).datasets(datasets).models(models)
                .history(List.of()).build();
    }

    private static Project project(List<Jurisdiction> jurisdictions, Dataset... datasets) {
        return project(Industry.ECOMMERCE, jurisdictions, List.of(datasets), List.of());
    }

    private static Grounds shared(Project project) {
        return RegulationFacts.sharedEnvironment(TestScopes.of(project), project.jurisdictions(), List.of(), project.datasets());
    }

    @Test
    void sharedEnvironment_holds_namingJurisdictionsRegimesDatasetsAndSeparateEnvironments() {
        Grounds grounds = shared(project(List.of(US, EU), personal("customers", true, "EU")));

        assertThat(grounds.holds()).isTrue();
        assertThat(grounds.evidence()).containsExactly(
                "jurisdictions EU (GDPR), US (CCPA) share one environment",
                "2 distinct regimes in one environment: GDPR, CCPA",
                "datasets[0] (customers) holds personal data of subjects in EU, whose data must stay there (jurisdictions[1].dataResidency)",
                "infrastructure.separateEnvironments is empty: no jurisdiction has an environment of its own");
    }

    @Test
    void sharedEnvironment_mayHold_onUnknownRegimesAndFlags_orCodes() {
        Jurisdiction unknownRegime = jurisdiction("XX", null, null);
        Grounds grounds = shared(project(List.of(EU, unknownRegime), personal("customers", null, "XX"), personal("leads", true, null)));

        assertThat(grounds.holds()).isFalse();
        assertThat(grounds.mayHold()).isTrue();
        assertThat(grounds.unknownFlags()).containsExactly("jurisdictions[1].regime", "datasets[0].personalData",
                "jurisdictions[1].dataResidency");
        assertThat(grounds.unknownValues()).containsExactly("datasets[1].subjectsIn");
        assertThat(grounds.evidence()).containsExactly("jurisdictions EU (GDPR), XX (regime unknown) share one environment",
                "infrastructure.separateEnvironments is empty: no jurisdiction has an environment of its own");
    }

    @Test
    void sharedEnvironment_isEmpty_withOneRegime_orNoPersonalDataThatMustStay() {
        assertThat(shared(project(List.of(EU, jurisdiction("DE", Regime.GDPR, true)), personal("customers", true, "EU"))).mayHold())
                .isFalse();
        assertThat(shared(project(List.of(US, EU), personal("customers", true, "US"), personal("logs", false, "EU"))).mayHold())
                .isFalse();
    }

    @Test
    void validationRequired_namesTheReasons_orTheUnknownFlags() {
        Jurisdiction audited = EU.toBuilder().thirdPartyAuditRequired(true).build();
        Project finance = project(Industry.FINANCE, List.of(audited), List.of(), List.of());
        assertThat(RegulationFacts.validationRequired(TestScopes.of(finance), finance.project(), finance.jurisdictions()).evidence())
                .containsExactly("industry FINANCE is regulated (FINANCE, HEALTHCARE and INSURANCE are)",
                        "EU (GDPR) requires a third-party audit (jurisdictions[0].thirdPartyAuditRequired)");

        Project unknown = project(null, List.of(US, EU.toBuilder().thirdPartyAuditRequired(null).build()), List.of(), List.of());
        Grounds grounds = RegulationFacts.validationRequired(TestScopes.of(unknown), unknown.project(), unknown.jurisdictions());
        assertThat(grounds.evidence()).isEmpty();
        assertThat(grounds.unknownFlags()).containsExactly("project.industry", "jurisdictions[1].thirdPartyAuditRequired");

        Project unregulated = project(List.of(US, EU));
        assertThat(RegulationFacts.validationRequired(TestScopes.of(unregulated), unregulated.project(), unregulated.jurisdictions())
                .mayHold()).isFalse();
    }

    @Test
    void continuousComplianceRequired_countsRequiredDocumentationToo() {
        Project documented = project(List.of(EU.toBuilder().documentationRequired(true).build(), US.toBuilder().documentationRequired(null).build()));
        AssessmentScope tempo = TestScopes.of(documented);
        assertThat(RegulationFacts.continuousComplianceRequired(tempo, documented.project(), documented.jurisdictions()).evidence())
                .containsExactly("EU (GDPR) requires documentation (jurisdictions[0].documentationRequired)");
        assertThat(RegulationFacts.validationRequired(tempo, documented.project(), documented.jurisdictions()).mayHold()).isFalse();

        Project unknown = project(List.of(US.toBuilder().documentationRequired(null).build()));
        assertThat(RegulationFacts.continuousComplianceRequired(TestScopes.of(unknown), unknown.project(), unknown.jurisdictions())
                .unknownFlags()).containsExactly("jurisdictions[0].documentationRequired");
    }

    @Test
    void regulatedContext_holdsInARegulatedIndustry_orOnPersonalDataUnderARegime() {
        Model scoring = Model.builder("scoring").trainedOn("customers", "leads").build();
        Project insurance = project(Industry.INSURANCE, List.of(EU), List.of(personal("customers", true, "EU"), personal("leads", true, "EU")),
                List.of(scoring));
        assertThat(regulatedContext(insurance).evidence())
                .containsExactly("industry INSURANCE is regulated (FINANCE, HEALTHCARE and INSURANCE are)");

        Project personal = insurance.toBuilder().industry(Industry.RETAIL).build();
        assertThat(regulatedContext(personal).evidence()).containsExactly(
                "trained on datasets[0] (customers): personal data of subjects in EU (GDPR)",
                "trained on datasets[1] (leads): personal data of subjects in EU (GDPR)");

        Project untrained = project(Industry.RETAIL, List.of(EU, jurisdiction("XX", Regime.NONE, false)), List.of(),
                List.of(Model.builder("scoring").build()));
        assertThat(regulatedContext(untrained).evidence())
                .containsExactly("models[0].trainedOn is empty and the project declares EU (GDPR)");
    }

    @Test
    void regulatedContext_mayHold_onUnknownIndustryFlagsRegimesAndCodes() {
        Model scoring = Model.builder("scoring").trainedOn("customers", "leads", "visits").build();
        Project project = project(null, List.of(jurisdiction("XX", null, false)),
                List.of(personal("customers", null, "XX"), personal("leads", true, "ZZ"), personal("visits", false, null)), List.of(scoring));
        Grounds grounds = regulatedContext(project);

        assertThat(grounds.evidence()).isEmpty();
        assertThat(grounds.unknownFlags()).containsExactly("project.industry", "datasets[0].personalData", "jurisdictions[0].regime");
        assertThat(grounds.unknownValues()).containsExactly("datasets[1].subjectsIn");

        Project none = project(Industry.RETAIL, List.of(jurisdiction("XX", Regime.NONE, false)), List.of(),
                List.of(Model.builder("scoring").build()));
        assertThat(regulatedContext(none).mayHold()).isFalse();
    }

    private static Grounds regulatedContext(Project project) {
        return RegulationFacts.regulatedContext(TestScopes.of(project), project.models().get(0), project.project(), project.datasets(),
                project.jurisdictions());
    }
}
