package dev.tempo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.RuleInfo;
import dev.tempo.Thresholds;
import dev.tempo.report.RuleCatalog;
import dev.tempo.testing.RuleHarness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The default pack is exactly the heuristics catalogue, and RULES.md is generated from it. */
class CatalogueTest {
    /** Every rule of the catalogue: id, factor, default severity (heuristics.md). */
    private static final String CATALOGUE = """
            TEMPO-GOALS-01 GOALS CRITICAL
            TEMPO-GOALS-02 GOALS MEDIUM
            TEMPO-GOALS-03 GOALS MEDIUM
            TEMPO-GOALS-04 GOALS MEDIUM
            TEMPO-GOALS-05 GOALS HIGH
            TEMPO-GOALS-06 GOALS MEDIUM
            TEMPO-GOALS-07 GOALS LOW
            TEMPO-GOALS-08 GOALS LOW
            TEMPO-GOALS-09 GOALS MEDIUM
            TEMPO-GOALS-10 GOALS MEDIUM
            TEMPO-DATA-01 DATA HIGH
            TEMPO-DATA-02 DATA HIGH
            TEMPO-DATA-03 DATA HIGH
            TEMPO-DATA-04 DATA MEDIUM
            TEMPO-DATA-05 DATA HIGH
            TEMPO-DATA-06 DATA HIGH
            TEMPO-DATA-07 DATA MEDIUM
            TEMPO-DATA-08 DATA MEDIUM
            TEMPO-DATA-09 DATA INFO
            TEMPO-DATA-10 DATA INFO
            TEMPO-TEAM-01 TEAM MEDIUM
            TEMPO-TEAM-02 TEAM HIGH
            TEMPO-TEAM-03 TEAM HIGH
            TEMPO-TEAM-04 TEAM HIGH
            TEMPO-TEAM-05 TEAM MEDIUM
            TEMPO-TEAM-06 TEAM HIGH
            TEMPO-TEAM-07 TEAM MEDIUM
            TEMPO-TEAM-08 TEAM LOW
            TEMPO-INFRASTRUCTURE-01 INFRASTRUCTURE HIGH
            TEMPO-INFRASTRUCTURE-02 INFRASTRUCTURE MEDIUM
            TEMPO-INFRASTRUCTURE-03 INFRASTRUCTURE MEDIUM
            TEMPO-INFRASTRUCTURE-04 INFRASTRUCTURE HIGH
            TEMPO-INFRASTRUCTURE-05 INFRASTRUCTURE MEDIUM
            TEMPO-INFRASTRUCTURE-06 INFRASTRUCTURE MEDIUM
            TEMPO-INFRASTRUCTURE-07 INFRASTRUCTURE HIGH
            TEMPO-INFRASTRUCTURE-08 INFRASTRUCTURE MEDIUM
            TEMPO-TOOLING-01 TOOLING HIGH
            TEMPO-TOOLING-02 TOOLING MEDIUM
            TEMPO-TOOLING-03 TOOLING MEDIUM
            TEMPO-TOOLING-04 TOOLING LOW
            TEMPO-TOOLING-05 TOOLING MEDIUM
            TEMPO-TOOLING-06 TOOLING LOW
            TEMPO-MODEL-01 MODEL MEDIUM
            TEMPO-MODEL-02 MODEL HIGH
            TEMPO-MODEL-03 MODEL INFO
            TEMPO-MODEL-04 MODEL MEDIUM
            TEMPO-MODEL-05 MODEL HIGH
            TEMPO-MODEL-06 MODEL HIGH
            TEMPO-MODEL-07 MODEL CRITICAL
            TEMPO-MODEL-08 MODEL MEDIUM
            TEMPO-MODEL-09 MODEL MEDIUM
            TEMPO-MODEL-10 MODEL HIGH
            TEMPO-MODEL-11 MODEL MEDIUM
            TEMPO-REGULATION-01 REGULATION CRITICAL
            TEMPO-REGULATION-02 REGULATION HIGH
            TEMPO-REGULATION-03 REGULATION HIGH
            TEMPO-REGULATION-04 REGULATION HIGH
            TEMPO-REGULATION-05 REGULATION HIGH
            TEMPO-REGULATION-06 REGULATION MEDIUM
            TEMPO-REGULATION-07 REGULATION CRITICAL
            TEMPO-REGULATION-08 REGULATION HIGH
            TEMPO-REGULATION-09 REGULATION MEDIUM
            TEMPO-DELIVERY-01 DELIVERY MEDIUM
            TEMPO-DELIVERY-02 DELIVERY MEDIUM
            TEMPO-DELIVERY-03 DELIVERY MEDIUM
            TEMPO-DELIVERY-04 DELIVERY MEDIUM
            TEMPO-DELIVERY-05 DELIVERY MEDIUM
            TEMPO-DELIVERY-06 DELIVERY INFO
            TEMPO-DELIVERY-07 DELIVERY INFO
            """;

    private static final Path RULES_MD = Path.of("RULES.md");

    @Test
    void defaultPack_isExactlyTheCatalogue_withFactorsAndSeverities() {
        Map<String, String> expected = new LinkedHashMap<>();
        CATALOGUE.lines().map(line -> line.split(" ")).forEach(p -> expected.put(p[0], p[1] + " " + p[2]));
        Map<String, String> loaded = new LinkedHashMap<>();
        RuleHarness.engine().rules().forEach(r -> loaded.put(r.id(), r.factor() + " " + r.defaultSeverity()));
        assertThat(loaded).containsExactlyEntriesOf(expected);
    }

    @Test
    void everyRule_hasTitleSourceRecommendationAndDescription() {
        assertThat(RuleHarness.engine().rules()).allSatisfy(rule -> {
            assertThat(rule.title()).as(rule.id() + " title").isNotBlank();
            assertThat(rule.source()).as(rule.id() + " source").matches("Operational tempo, (section \\d[ab]? \\(.+\\)|introduction \\(what operational tempo is\\))");
            assertThat(rule.recommendation()).as(rule.id() + " recommendation").isNotBlank();
            assertThat(rule.description()).as(rule.id() + " description").isNotBlank();
        });
    }

    @Test
    void explanations_areExactlyTheRulesThatExplainOtherFindings_atInfo() {
        assertThat(RuleHarness.engine().rules()).filteredOn(RuleInfo::explanation).extracting(RuleInfo::id)
                .containsExactlyInAnyOrder("TEMPO-DATA-09", "TEMPO-DATA-10", "TEMPO-MODEL-03", "TEMPO-DELIVERY-06", "TEMPO-DELIVERY-07");
        assertThat(RuleHarness.engine().rules()).filteredOn(RuleInfo::explanation)
                .allSatisfy(rule -> assertThat(rule.defaultSeverity()).as(rule.id()).isEqualTo(dev.tempo.Severity.INFO));
    }

    @Test
    void thresholdsNamedByRules_arePolicyThresholds_andEveryThresholdIsUsed() {
        Set<String> names = Arrays.stream(Thresholds.class.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toSet());
        List<String> used = RuleHarness.engine().rules().stream().flatMap(r -> r.thresholds().stream()).toList();
        assertThat(used).allSatisfy(t -> assertThat(names).contains(t));
        assertThat(used).containsAll(names);
    }

    @Test
    void rulesMd_isUpToDateWithTheRules() throws IOException {
        List<RuleInfo> rules = RuleHarness.engine().rules();
        String generated = RuleCatalog.markdown(rules, Thresholds.DEFAULTS);
        if (Boolean.getBoolean("tempo.updateCatalog")) {
            Files.writeString(RULES_MD, generated, StandardCharsets.UTF_8);
        }
        assertThat(RULES_MD).as("tempo-rules/RULES.md is out of date with the rules' metadata; regenerate it with"
                + " mvn -q -pl tempo-rules -am test -Dtest=CatalogueTest -Dsurefire.failIfNoSpecifiedTests=false -Dtempo.updateCatalog=true")
                .exists();
        assertThat(Files.readString(RULES_MD, StandardCharsets.UTF_8)).as("tempo-rules/RULES.md is out of date with the rules' metadata;"
                + " regenerate it with mvn -q -pl tempo-rules -am test -Dtest=CatalogueTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dtempo.updateCatalog=true").isEqualTo(generated);
    }
}
