package dev.tempo.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.Assessment;
import dev.tempo.Finding;
import dev.tempo.Tempo;
import dev.tempo.engine.DrlSource;
import dev.tempo.engine.RulePack;
import dev.tempo.engine.TempoEngine;
import dev.tempo.model.Model;
import dev.tempo.model.Project;
import dev.tempo.model.Stage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.platform.OnCallRota;

/**
 * The README's pack rules on labels and on an extra fact work as shown: each {@code ```drl} block,
 * under the header the README's first pack example shows (package, imports, the {@code tempo}
 * global), loads as a pack and fires where it should and only there.
 */
class ReadmeRulesTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    private static final String HEADER = """
            package org.platform.rules;

            import dev.tempo.model.Model;
            import dev.tempo.model.Stage;

            global dev.tempo.engine.AssessmentScope tempo;

            """;

    private static String block(String ruleId) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Matcher drl = Pattern.compile("```drl\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (drl.find()) {
            if (drl.group(1).contains("@id(\"" + ruleId + "\")")) {
                // an import the block shows goes below the package line
                String text = drl.group(1);
                StringBuilder imports = new StringBuilder();
                StringBuilder rest = new StringBuilder();
                text.lines().forEach(line -> (line.startsWith("import ") ? imports : rest).append(line).append('\n'));
                return HEADER.replace("import dev.tempo.model.Model;", imports + "import dev.tempo.model.Model;") + rest;
            }
        }
        throw new AssertionError("no drl block of " + ruleId + " in the README");
    }

    private static Tempo engineWith(String ruleId) throws IOException {
        return TempoEngine.builder().rulePack(RulePack.of("readme", new DrlSource("README.md " + ruleId, block(ruleId)))).build();
    }

    private static Project withProductionModel(Model.Builder model) {
        return Project.builder("readme").addModel(model.stage(Stage.PRODUCTION)).build();
    }

    private static List<Finding> findings(Assessment assessment, String ruleId) {
        return assessment.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void theLabelRuleFiresOnAProductionModelWithoutAnOwnerLabelOnly() throws IOException {
        Tempo tempo = engineWith("ACME-04");

        assertThat(findings(tempo.assess(withProductionModel(Model.builder("churn-model")), AS_OF), "ACME-04"))
                .singleElement().satisfies(f -> assertThat(f.target()).isEqualTo("churn-model"));
        assertThat(findings(tempo.assess(withProductionModel(Model.builder("churn-model").label("owner", "sam")), AS_OF), "ACME-04"))
                .isEmpty();
    }

    @Test
    void theExtraFactRuleFiresWithoutARotaNamingAnEngineerOnly() throws IOException {
        Tempo tempo = engineWith("ORG-ONCALL-01");
        Project project = withProductionModel(Model.builder("churn-model"));

        assertThat(findings(tempo.assess(project, AS_OF, List.of()), "ORG-ONCALL-01")).singleElement()
                .satisfies(f -> assertThat(f.target()).isEqualTo("churn-model"));
        assertThat(findings(tempo.assess(project, AS_OF, List.of(new OnCallRota("churn-model", List.of()))), "ORG-ONCALL-01"))
                .hasSize(1);
        assertThat(findings(tempo.assess(project, AS_OF, List.of(new OnCallRota("churn-model", List.of("sam")))), "ORG-ONCALL-01"))
                .isEmpty();
    }
}
