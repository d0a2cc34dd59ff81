package dev.tempo.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.Policy;
import dev.tempo.Thresholds;
import dev.tempo.model.Project;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The examples in DESCRIPTOR.md are read by the reader, and its policy names every threshold with its default. */
class DescriptorDocTest {
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    private static List<String> yamlBlocks() throws IOException {
        Matcher blocks = YAML_BLOCK.matcher(Files.readString(Path.of("DESCRIPTOR.md"), StandardCharsets.UTF_8));
        List<String> found = new ArrayList<>();
        while (blocks.find()) {
            found.add(blocks.group(1));
        }
        return found;
    }

    @Test
    void descriptorExample_isAValidDescriptorUsingEveryRevision2Field() throws IOException {
        Project project = new DescriptorReader().readProject(new StringReader(yamlBlocks().get(0)), "DESCRIPTOR.md");
        assertThat(project.id()).isEqualTo("credit-scoring");
        assertThat(project.infrastructure().computeGrowthGpuHoursPerMonth()).isNotNull();
        assertThat(project.models().get(0).monthlyBudget()).isNotNull();
        assertThat(project.models().get(0).label("owner")).isEqualTo("ana");
        assertThat(project.project().labels()).containsKey("cost-centre");
    }

    @Test
    void policyExample_isValid_andStatesEveryThresholdAtItsDefault() throws IOException {
        Policy policy = new DescriptorReader().readPolicy(new StringReader(yamlBlocks().get(1)), "DESCRIPTOR.md");
        assertThat(policy.thresholds()).isEqualTo(Thresholds.DEFAULTS);
        String block = yamlBlocks().get(1);
        assertThat(Arrays.stream(Thresholds.class.getRecordComponents()).map(c -> c.getName()))
                .allSatisfy(name -> assertThat(block).contains("  " + name + ": "));
    }
}
