package dev.tempo.engine;

import static dev.tempo.engine.RulePackTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tempo.RuleFailedException;
import dev.tempo.Tempo;
import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Problem;
import dev.tempo.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bad pack is rejected when the engine is built, with every problem at once; a bad rule fails the assessment. */
class PackValidationTest {

    private static List<Problem> problemsBuilding(String... packs) {
        TempoEngine.Builder builder = TempoEngine.builder();
        for (String pack : packs) {
            builder.rulePack(RulePack.load(fixture(pack)));
        }
        try {
            builder.build();
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    @Test
    void syntaxError_namesTheFileLineAndColumn() {
        assertThat(problemsBuilding("bad/syntax.drl")).isNotEmpty().allSatisfy(p -> {
            assertThat(p.source()).isEqualTo(fixture("bad/syntax.drl").toString());
            assertThat(p.line()).isEqualTo(10);
        }).anySatisfy(p -> assertThat(p.column()).isPositive());
    }

    @Test
    void unknownFactType_namesTheFileAndLine() {
        assertThat(problemsBuilding("bad/unknown-type.drl")).anySatisfy(p -> {
            assertThat(p.source()).isEqualTo(fixture("bad/unknown-type.drl").toString());
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.message()).contains("Datasett");
        });
    }

    @Test
    void unknownField_namesTheFileLineColumnAndRule_andWhatTheFactOffers() {
        assertThat(problemsBuilding("bad/unknown-field.drl")).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(fixture("bad/unknown-field.drl").toString());
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.column()).isEqualTo(14);
            assertThat(p.path()).isEqualTo("rule \"ORG-BAD-03\"");
            assertThat(p.message()).isEqualTo("Dataset has no field nmae; its fields are: name, owner, usedForTraining, availability,"
                    + " pipeline, qualityChecks, versioned, records, recordsNeeded, lastRefreshed, maxAgeDays, personalData,"
                    + " specialCategoryData, subjectsIn, storedIn, labels");
        });
    }

    @Test
    void packCallingTempoWithoutDeclaringIt_failsTheSameWay_withOrWithoutTheDefaultPack() {
        String file = fixture("bad/noglobal.drl").toString();
        String expected = file + ":11: rule \"ORG-NOG-01\" calls tempo without declaring it; every rule file that raises findings"
                + " declares global dev.tempo.engine.AssessmentScope tempo;";
        assertThat(problemsBuilding("bad/noglobal.drl")).extracting(Problem::toString).containsExactly(expected);
        assertThatThrownBy(() -> TempoEngine.builder().withoutDefaultPack().rulePack(RulePack.load(fixture("bad/noglobal.drl"))).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly(expected));
    }

    @Test
    void everyMetadataProblemOfARule_isReportedAtOnce() {
        String file = fixture("bad/many-metadata.drl").toString();
        assertThat(problemsBuilding("bad/many-metadata.drl")).extracting(Problem::toString).containsExactly(
                file + ":7: rule \"everything wrong\" lacks @id; every rule declares @id, @factor, @severity and @title",
                file + ":7: rule \"everything wrong\" has @severity(\"URGENT\"): \"URGENT\" is not a severity; must be one of INFO, LOW,"
                        + " MEDIUM, HIGH, CRITICAL",
                file + ":7: rule \"everything wrong\" has @factor(\"data\"): \"data\" is not a factor id; must be upper-case letters,"
                        + " digits and underscores, starting with a letter (GOALS, DATA, ...)",
                file + ":7: rule \"everything wrong\" has @explanation(\"maybe\"); must be true or false");
    }

    @Test
    void compileErrorsOfDifferentPacks_areReportedTogether() {
        assertThat(problemsBuilding("bad/syntax.drl", "bad/unknown-type.drl", "org")).extracting(Problem::source)
                .contains(fixture("bad/syntax.drl").toString(), fixture("bad/unknown-type.drl").toString())
                .allSatisfy(source -> assertThat(source).contains("bad"));
    }

    @Test
    void missingMetadataAndUnknownSeverity_areReportedTogether_atEachRulesLine() {
        String file = fixture("bad/metadata.drl").toString();
        assertThat(problemsBuilding("bad/metadata.drl")).extracting(Problem::toString).containsExactly(
                file + ":7: rule \"no title\" lacks @title; every rule declares @id, @factor, @severity and @title",
                file + ":14: rule \"too loud\" has @severity(\"URGENT\"): \"URGENT\" is not a severity; must be one of INFO, LOW, MEDIUM,"
                        + " HIGH, CRITICAL");
    }

    @Test
    void duplicateIdWithinAPack_namesBothPlaces() {
        String first = fixture("dup/first.drl").toString();
        String second = fixture("dup/second.drl").toString();
        assertThat(problemsBuilding("dup")).singleElement().hasToString(second + ":8: rule \"second\" declares @id \"ORG-DUP-01\","
                + " which rule \"first\" at " + first + ":7 already declares; rule ids must be unique");
    }

    @Test
    void duplicateIdAcrossPacks_namesBothPlaces() {
        String first = fixture("dup/first.drl").toString();
        String second = fixture("dup/second.drl").toString();
        assertThat(problemsBuilding("dup/second.drl", "dup/first.drl")).singleElement().hasToString(second + ":8: rule \"second\""
                + " declares @id \"ORG-DUP-01\", which rule \"first\" at " + first + ":7 already declares; rule ids must be unique");
    }

    @Test
    void duplicateIdAgainstTheDefaultPack_namesTheDefaultRule() {
        String clash = fixture("dup-default/clash.drl").toString();
        assertThat(problemsBuilding("dup-default")).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(clash);
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).isEqualTo("declares @id \"TEMPO-DATA-01\", which rule \"TEMPO-DATA-01\" at"
                    + " classpath:dev/tempo/rules/data.drl:22 already declares; rule ids must be unique");
        });
    }

    @Test
    void badPack_leavesNothingLoaded_andAGoodBuildStillWorks() {
        assertThat(problemsBuilding("org", "dup-default")).isNotEmpty();
        Tempo tempo = TempoEngine.builder().rulePack(RulePack.load(fixture("org"))).build();
        assertThat(tempo.rules()).extracting(r -> r.id()).contains("ORG-SEC-01").doesNotContain("ORG-DUP-01");
    }

    @Test
    void ruleThatThrows_failsTheAssessmentNamingRuleAndTarget() {
        Tempo tempo = TempoEngine.builder().rulePack(RulePack.load(fixture("throws"))).build();
        assertThatThrownBy(() -> tempo.assess(Fixtures.wellRun(), Fixtures.AS_OF))
                .isInstanceOfSatisfying(RuleFailedException.class, e -> assertThat(e.ruleId()).isEqualTo("ORG-CRASH-01"))
                .hasMessageStartingWith("rule ORG-CRASH-01 failed while assessing project well-run on datasets[0] (orders)")
                .hasMessageContaining("NullPointerException");
    }
}
