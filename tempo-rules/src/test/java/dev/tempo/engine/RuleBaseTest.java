package dev.tempo.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tempo.Finding;
import dev.tempo.RuleFailedException;
import dev.tempo.Tempo;
import dev.tempo.model.InvalidInputException;
import dev.tempo.testing.Fixtures;
import org.junit.jupiter.api.Test;

class RuleBaseTest {
    private static final String HEADER = """
            package org.example.rules;
            import dev.tempo.model.Dataset;
            global dev.tempo.engine.AssessmentScope tempo;
            """;

    private static Tempo engineWith(String drl) {
        return TempoEngine.builder().addRules(new DrlSource("org-rules.drl", HEADER + drl)).build();
    }

    @Test
    void extraRule_raisesFindingsBesideTheDefaultPack() {
        Tempo tempo = engineWith("""
                rule "every dataset named"
                    @id("ORG-01") @factor("DATA") @severity("LOW") @title("A dataset exists")
                when
                    $d : Dataset()
                then
                    tempo.raise(kcontext, $d.name(), "dataset " + $d.name());
                end
                """);
        assertThat(tempo.assess(Fixtures.wellRun(), Fixtures.AS_OF).findings())
                .extracting(Finding::ruleId, Finding::target).containsExactly(org.assertj.core.groups.Tuple.tuple("ORG-01", "orders"));
        assertThat(tempo.rules()).extracting(r -> r.id()).contains("ORG-01", "TEMPO-GOALS-01");
    }

    @Test
    void syntaxError_isReportedWithTheFileAndLine() {
        assertThatThrownBy(() -> engineWith("""
                rule "broken"
                    @id("ORG-02") @factor("DATA") @severity("LOW") @title("Broken")
                when
                    Dataset( name == )
                then
                end
                """))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .allSatisfy(p -> assertThat(p.source()).isEqualTo("org-rules.drl"))
                        .anySatisfy(p -> assertThat(p.line()).isEqualTo(7)));
    }

    @Test
    void ruleWithoutMetadata_isRejectedNamingWhatIsMissing() {
        assertThatThrownBy(() -> engineWith("""
                rule "anonymous"
                when
                    Dataset()
                then
                end
                """))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.message()).contains("lacks @id, @factor, @severity, @title");
                            assertThat(p.toString()).startsWith("org-rules.drl:4: rule \"anonymous\" lacks");
                        }));
    }

    @Test
    void duplicateRuleId_isRejected() {
        assertThatThrownBy(() -> engineWith("""
                rule "again"
                    @id("TEMPO-GOALS-01") @factor("GOALS") @severity("LOW") @title("Twice")
                when
                    Dataset()
                then
                end
                """))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("TEMPO-GOALS-01").hasMessageContaining("unique");
    }

    @Test
    void unknownSeverity_isRejected() {
        assertThatThrownBy(() -> engineWith("""
                rule "too loud"
                    @id("ORG-03") @factor("DATA") @severity("URGENT") @title("Loud")
                when
                    Dataset()
                then
                end
                """))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("\"URGENT\" is not a severity");
    }

    @Test
    void ruleThatThrows_failsTheAssessmentNamingRuleAndTarget() {
        Tempo tempo = engineWith("""
                rule "crashes"
                    @id("ORG-04") @factor("DATA") @severity("LOW") @title("Crashes")
                when
                    $d : Dataset()
                then
                    Object nothing = null;
                    nothing.toString();
                end
                """);
        assertThatThrownBy(() -> tempo.assess(Fixtures.wellRun(), Fixtures.AS_OF))
                .isInstanceOfSatisfying(RuleFailedException.class, e -> assertThat(e.ruleId()).isEqualTo("ORG-04"))
                .hasMessageContaining("rule ORG-04 failed while assessing project well-run on datasets[0] (orders)");
    }

    @Test
    void conditionThatThrows_failsTheAssessmentNamingTheRule() {
        Tempo tempo = engineWith("""
                function boolean explode(String name) { throw new IllegalStateException("boom on " + name); }

                rule "condition crashes"
                    @id("ORG-06") @factor("DATA") @severity("LOW") @title("Crashes in its condition")
                when
                    $d : Dataset( explode(name) )
                then
                end
                """);
        assertThatThrownBy(() -> tempo.assess(Fixtures.wellRun(), Fixtures.AS_OF))
                .isInstanceOf(RuleFailedException.class)
                .hasMessageStartingWith("a rule's condition failed while assessing project well-run: ")
                .hasMessageContaining("condition crashes");
    }

    @Test
    void rulesThatKeepReactivating_areStoppedByTheFiringLimit() {
        Tempo tempo = engineWith("""
                rule "loops"
                    @id("ORG-05") @factor("DATA") @severity("LOW") @title("Loops")
                when
                    $d : Dataset()
                then
                    update($d);
                end
                """);
        assertThatThrownBy(() -> tempo.assess(Fixtures.wellRun(), Fixtures.AS_OF))
                .isInstanceOf(RuleFailedException.class).hasMessageContaining("without settling");
    }
}
