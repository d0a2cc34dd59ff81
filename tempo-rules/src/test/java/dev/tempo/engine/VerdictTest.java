package dev.tempo.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tempo.Assessment;
import dev.tempo.Finding;
import dev.tempo.Policy;
import dev.tempo.RuleFailedException;
import dev.tempo.Severity;
import dev.tempo.Tempo;
import dev.tempo.Unknown;
import dev.tempo.model.Availability;
import dev.tempo.model.Dataset;
import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Project;
import dev.tempo.testing.Fixtures;
import dev.tempo.testing.OnCallRota;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The one way to raise a finding, seen from a pack author's rules. */
class VerdictTest {
    private static final Policy STRICT = Policy.builder().unknownAsFinding(true).build();

    private static final String PACK = """
            package org.example.verdict;
            import dev.tempo.engine.Grounds;
            import dev.tempo.model.Availability;
            import dev.tempo.model.Dataset;
            import java.util.List;
            global dev.tempo.engine.AssessmentScope tempo;

            function Grounds anyRestricted(List datasets) {
                Grounds grounds = new Grounds();
                for (Object o : datasets) {
                    Dataset d = (Dataset) o;
                    if (d.availability() == Availability.RESTRICTED) {
                        grounds.because(d.name() + " is RESTRICTED");
                    } else if (d.availability() == null) {
                        grounds.unknownFlag("datasets[?].availability");
                    }
                }
                return grounds;
            }

            rule "ORG-01"
                @id("ORG-01") @factor("DATA") @severity("HIGH") @severities("restricted=MEDIUM, untrained=LOW")
                @title("A dataset is not ready")
            when
                $d : Dataset( qualityChecks != Boolean.TRUE, availability != Availability.AVAILABLE )
            then
                tempo.verdict(kcontext, $d.name())
                    .flag($d, "qualityChecks", $d.name() + " has no quality checks")
                    .flag($d, "availability", $d.name() + " is " + $d.availability())
                    .value($d, "records", $d.name() + " has " + $d.records() + " records")
                    .variantIf($d.availability() == Availability.RESTRICTED, "restricted")
                    .raise();
            end

            rule "ORG-02"
                @id("ORG-02") @factor("DATA") @severity("MEDIUM") @severities("versionless=CRITICAL")
                @title("A dataset has no owner")
            when
                $d : Dataset( owner == null )
            then
                tempo.verdict(kcontext, $d.name())
                    .because($d.name() + " has no owner")
                    .escalatesTo("versionless")
                    .escalatesWhen($d, "versioned", $d.versioned() == null ? null : !$d.versioned(), $d.name() + " is not versioned either")
                    .raise();
            end

            rule "ORG-03"
                @id("ORG-03") @factor("DATA") @severity("LOW") @title("Restricted data")
            when
                $all : List() from collect( Dataset() )
                $reasons : Grounds( mayHold ) from anyRestricted($all)
            then
                tempo.verdict(kcontext, null).given($reasons).raise();
            end
            """;

    private static final Tempo TEMPO = TempoEngine.builder().withoutDefaultPack()
            .rulePack(RulePack.of("verdict", new DrlSource("verdict.drl", PACK))).build();

    private static Project with(UnaryOperator<Dataset.Builder> change) {
        Project base = Fixtures.wellRun();
        Dataset first = base.datasets().get(0);
        return base.toBuilder().datasets(List.of(change.apply(first.toBuilder().owner("ana")).build())).build();
    }

    private static Assessment assess(Project project, Policy policy) {
        return TEMPO.withPolicy(policy).assess(project, Fixtures.AS_OF);
    }

    private static Finding only(Assessment assessment, String rule) {
        List<Finding> found = assessment.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
        assertThat(found).as("findings of %s", rule).hasSize(1);
        return found.get(0);
    }

    private static boolean fires(Assessment assessment, String rule) {
        return assessment.findings().stream().anyMatch(f -> f.ruleId().equals(rule));
    }

    @Test
    void everyFactKnown_raisesWithEachLineInOrder_atTheDeclaredSeverity() {
        Finding f = only(assess(with(d -> d.qualityChecks(false).availability(Availability.PENDING_ACCESS).records(10L)),
                Policy.DEFAULTS), "ORG-01");
        String name = f.target();
        assertThat(f.evidence()).containsExactly(name + " has no quality checks", name + " is PENDING_ACCESS", name + " has 10 records");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void aDeclaredCase_givesItsSeverity_andThePolicyOverrideStillWins() {
        Project restricted = with(d -> d.qualityChecks(false).availability(Availability.RESTRICTED).records(10L));
        assertThat(only(assess(restricted, Policy.DEFAULTS), "ORG-01").severity()).isEqualTo(Severity.MEDIUM);
        Policy override = Policy.builder().severities(Map.of("ORG-01", Severity.INFO)).build();
        assertThat(only(assess(restricted, override), "ORG-01").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void anUnknownFlag_isListed_orInStrictModeRaisedAndSaidSo() {
        Project unknownChecks = with(d -> d.qualityChecks(null).availability(Availability.UNAVAILABLE).records(10L));
        Assessment lenient = assess(unknownChecks, Policy.DEFAULTS);
        assertThat(fires(lenient, "ORG-01")).isFalse();
        assertThat(lenient.unknowns()).contains(new Unknown("datasets[0].qualityChecks", List.of("ORG-01")));

        Finding strict = only(assess(unknownChecks, STRICT), "ORG-01");
        assertThat(strict.evidence()).endsWith("datasets[0].qualityChecks is unknown; strict mode (unknownAsFinding) counts it as its worst value");
        assertThat(strict.evidence()).noneMatch(line -> line.contains("quality checks"));
    }

    @Test
    void anUnknownValue_isListedInEveryMode_withTheUnknownFlags() {
        Project unknownRecords = with(d -> d.qualityChecks(null).availability(Availability.UNAVAILABLE).records(null));
        for (Policy policy : List.of(Policy.DEFAULTS, STRICT)) {
            Assessment a = assess(unknownRecords, policy);
            assertThat(fires(a, "ORG-01")).isFalse();
            assertThat(a.unknowns()).extracting(Unknown::field).contains("datasets[0].records", "datasets[0].qualityChecks");
        }
    }

    @Test
    void anEscalation_raisesTheCase_whenItHolds_keepsTheSeverityWhenItDoesNot() {
        Finding escalated = only(assess(with(d -> d.owner(null).versioned(false)), Policy.DEFAULTS), "ORG-02");
        assertThat(escalated.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(escalated.evidence()).hasSize(2);
        Finding plain = only(assess(with(d -> d.owner(null).versioned(true)), Policy.DEFAULTS), "ORG-02");
        assertThat(plain.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(plain.evidence()).hasSize(1);
    }

    @Test
    void anUnknownEscalation_keepsTheSeverityAndIsListed_orEscalatesInStrictMode() {
        Project unknown = with(d -> d.owner(null).versioned(null));
        Assessment lenient = assess(unknown, Policy.DEFAULTS);
        assertThat(only(lenient, "ORG-02").severity()).isEqualTo(Severity.MEDIUM);
        assertThat(lenient.unknowns()).contains(new Unknown("datasets[0].versioned", List.of("ORG-02")));
        Finding strict = only(assess(unknown, STRICT), "ORG-02");
        assertThat(strict.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(strict.evidence()).last().asString().startsWith("datasets[0].versioned is unknown; strict mode");
    }

    @Test
    void grounds_holdOrListTheirUnknowns() {
        assertThat(only(assess(with(d -> d.availability(Availability.RESTRICTED)), Policy.DEFAULTS), "ORG-03").evidence())
                .singleElement().asString().endsWith(" is RESTRICTED");
        assertThat(fires(assess(with(d -> d.availability(Availability.AVAILABLE)), STRICT), "ORG-03")).isFalse();
        Assessment unknown = assess(with(d -> d.availability(null)), Policy.DEFAULTS);
        assertThat(fires(unknown, "ORG-03")).isFalse();
        assertThat(unknown.unknowns()).extracting(Unknown::field).contains("datasets[?].availability");
    }

    @Test
    void aFieldTheBoundFactDoesNotHave_isAProblemWhenThePackIsCompiled_atItsLineAndColumn() {
        assertThatThrownBy(() -> engine("""
                rule "ORG-09" @id("ORG-09") @factor("DATA") @severity("LOW") @title("typo")
                when $d : Dataset()
                then tempo.verdict(kcontext, $d.name())
                        .flag($d, "qualityCheck", "x").raise(); end
                """))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.source()).isEqualTo("one.drl");
                        assertThat(p.path()).isEqualTo("rule \"ORG-09\"");
                        assertThat(p.line()).isEqualTo(7);
                        assertThat(p.column()).isEqualTo(19);
                        assertThat(p.message()).isEqualTo("flag names the field `qualityCheck` of $d, a Dataset, which has no such field;"
                                + " its fields are: " + String.join(", ", recordComponents(Dataset.class)));
                    });
                });
    }

    @Test
    void aFieldNamedOnAnUnboundFact_isCheckedWhenTheConsequenceRuns_namingTheFieldsItOffers() {
        Tempo typo = engine("""
                rule "ORG-09" @id("ORG-09") @factor("DATA") @severity("LOW") @title("typo")
                when $all : java.util.List() from collect( Dataset() )
                then for (Object d : $all) { tempo.verdict(kcontext, null).flag(d, "qualityCheck", "x").raise(); } end
                """);
        assertThatThrownBy(() -> typo.assess(Fixtures.wellRun(), Fixtures.AS_OF))
                .isInstanceOf(RuleFailedException.class)
                .hasStackTraceContaining("Dataset has no field `qualityCheck`; its fields are: name, ")
                .hasStackTraceContaining("qualityChecks");
    }

    private static List<String> recordComponents(Class<?> type) {
        return java.util.Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList();
    }

    @Test
    void aCaseTheRuleDoesNotDeclare_failsTheAssessment() {
        Tempo undeclared = engine("""
                rule "ORG-09" @id("ORG-09") @factor("DATA") @severity("LOW") @severities("late=HIGH") @title("undeclared")
                when $d : Dataset() then tempo.verdict(kcontext, $d.name()).because("x").variant("early").raise(); end
                """);
        assertThatThrownBy(() -> undeclared.assess(Fixtures.wellRun(), Fixtures.AS_OF))
                .isInstanceOf(RuleFailedException.class)
                .hasStackTraceContaining("raises its finding as the case \"early\", which it does not declare: its @severities are late");
    }

    @Test
    void anEscalationWithoutItsCase_failsTheAssessment() {
        Tempo noCase = engine("""
                rule "ORG-09" @id("ORG-09") @factor("DATA") @severity("LOW") @title("no case")
                when $d : Dataset() then tempo.verdict(kcontext, $d.name()).escalates("worse").raise(); end
                """);
        assertThatThrownBy(() -> noCase.assess(Fixtures.wellRun(), Fixtures.AS_OF))
                .isInstanceOf(RuleFailedException.class)
                .hasStackTraceContaining("not the case it escalates to (escalatesTo)");
    }

    @Test
    void aCallersFact_isNotADescriptorFact_soItsFieldsCannotBeUnknown() {
        Tempo extra = engine("""
                import dev.tempo.testing.OnCallRota;
                rule "ORG-09" @id("ORG-09") @factor("TEAM") @severity("LOW") @title("rota")
                when $r : OnCallRota() then tempo.verdict(kcontext, $r.model()).flag($r, "model", "x").raise(); end
                """);
        assertThatThrownBy(() -> extra.assess(Fixtures.wellRun(), Fixtures.AS_OF, List.of(new OnCallRota("m", List.of("sam")))))
                .isInstanceOf(RuleFailedException.class)
                .hasStackTraceContaining("names the field `model` of a OnCallRota, which is not part of the descriptor");
    }

    @Test
    void malformedSeverityCases_areReportedWhenTheEngineIsBuilt_allAtOnce() {
        assertThatThrownBy(() -> engine("""
                rule "ORG-09" @id("ORG-09") @factor("DATA") @severity("LOW") @severities("a=HIGH, a=LOW, 9b=LOW, c=SEVERE, d")
                @title("bad cases")
                when $d : Dataset() then tempo.verdict(kcontext, $d.name()).raise(); end
                """))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("the name \"a\" is declared twice")
                .hasMessageContaining("\"9b=LOW\" is not name=SEVERITY")
                .hasMessageContaining("\"c\": ")
                .hasMessageContaining("\"d\" is not name=SEVERITY");
    }

    private static Tempo engine(String rules) {
        String drl = "package org.example.verdict;\nimport dev.tempo.model.Dataset;\nglobal dev.tempo.engine.AssessmentScope tempo;\n" + rules;
        return TempoEngine.builder().withoutDefaultPack().rulePack(RulePack.of("one", new DrlSource("one.drl", drl))).build();
    }
}
