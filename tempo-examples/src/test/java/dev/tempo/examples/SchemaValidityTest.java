package dev.tempo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.tempo.descriptor.Schemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped example descriptor and the complete test descriptor are valid against the descriptor
 * schema that {@code tempo schema descriptor} prints, and the README's policy against the policy schema,
 * so that a user who points an editor at the schemas sees no false alarm on them.
 */
class SchemaValidityTest {
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final Schema DESCRIPTOR = load(Schemas.descriptor());
    private static final Schema POLICY = load(Schemas.policy());

    private static Schema load(String schema) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema, InputFormat.JSON);
    }

    static Stream<Path> descriptors() throws IOException {
        try (Stream<Path> examples = Files.list(Path.of("src/main/resources/examples"))) {
            List<Path> files = examples.filter(f -> f.toString().matches(".*\\.(yaml|yml|json)")).sorted().toList();
            assertThat(files).hasSizeGreaterThanOrEqualTo(8);
            return Stream.concat(files.stream(), Stream.of(Path.of("src/test/resources/complete.yaml")));
        }
    }

    @ParameterizedTest
    @MethodSource("descriptors")
    void descriptor_isValidAgainstTheDescriptorSchema(Path file) throws IOException {
        JsonNode descriptor = YAML.readTree(file.toFile());
        assertThat(DESCRIPTOR.validate(descriptor)).as(file.toString()).isEmpty();
        assertThat(POLICY.validate(descriptor)).as("a descriptor is no policy").isNotEmpty();
    }

    @Test
    void theReadmesPolicy_isValidAgainstThePolicySchema() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Matcher policy = Pattern.compile("## Policy\\n.*?```yaml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(policy.find()).as("README.md's Policy section has a YAML block").isTrue();
        JsonNode document = YAML.readTree(policy.group(1));
        assertThat(document.has("thresholds")).isTrue();
        assertThat(POLICY.validate(document)).isEmpty();
    }
}
