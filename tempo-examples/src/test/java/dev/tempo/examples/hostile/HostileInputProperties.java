package dev.tempo.examples.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.tempo.Assessment;
import dev.tempo.Policy;
import dev.tempo.Tempo;
import dev.tempo.descriptor.DescriptorReader;
import dev.tempo.engine.TempoEngine;
import dev.tempo.examples.cli.Examples;
import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Problem;
import dev.tempo.report.JsonReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Descriptors and policies are untrusted data: mutated ones (fields dropped, duplicated, retyped;
 * text truncated; control and other unicode characters; huge, overflowing and impossible numbers and
 * dates) end in a report or in the documented validation error, with a line for every problem that
 * names a field, never in another exception, and the same input gives the same outcome twice.
 * {@code mvn -B verify -Pthorough} runs fifty times the tries.
 */
class HostileInputProperties {
    private static final Tempo TEMPO = TempoEngine.create();
    private static final DescriptorReader READER = new DescriptorReader();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    private static final String SOURCE = "mutated.yaml";
    private static final String POLICY = """
            thresholds:
              smallTeamMaxMembers: 3
              minMedianExperienceYears: 2
              storageUsedMaxRatio: 0.8
              maxChangeFailureRate: 0.15
              deliveryWindowDays: 180
            severities: {TEMPO-TEAM-08: MEDIUM}
            disabled: [TEMPO-GOALS-07]
            dpiaRegimes: [GDPR, UK_GDPR]
            unknownAsFinding: false
            scoring:
              weights: {INFO: 0, LOW: 5, MEDIUM: 10, HIGH: 25, CRITICAL: 50}
              bands: {FAST: 85, STEADY: 70, SLOW: 50}
              criticalCapsBandAt: SLOW
            """;

    @Provide
    Arbitrary<String> examples() {
        return Arbitraries.of(Examples.FILES);
    }

    @Property
    void mutatedDescriptors_endInAReportOrTheValidationError(@ForAll("examples") String example, @ForAll long seed) {
        String mutated = mutate(resource("examples/" + example), new Random(seed));
        String first = assessDescriptor(mutated);
        assertThat(assessDescriptor(mutated)).as("the same input twice").isEqualTo(first);
    }

    @Property
    void mutatedPolicies_endInAReportOrTheValidationError(@ForAll long seed) {
        String mutated = mutate(POLICY, new Random(seed));
        String first = assessWithPolicy(mutated);
        assertThat(assessWithPolicy(mutated)).as("the same input twice").isEqualTo(first);
    }

    private static String assessDescriptor(String text) {
        try {
            Assessment assessment = TEMPO.assess(READER.readProject(new StringReader(text), SOURCE), AS_OF);
            return JsonReport.render(assessment);
        } catch (InvalidInputException e) {
            return documented(e);
        }
    }

    private static String assessWithPolicy(String text) {
        try {
            Policy policy = READER.readPolicy(new StringReader(text), SOURCE);
            return JsonReport.render(TEMPO.withPolicy(policy).assess(Examples.read("credit-scoring.yaml"), AS_OF));
        } catch (InvalidInputException e) {
            return documented(e);
        }
    }

    /** The validation error as documented: every problem located in the input, with a line where it names a field. */
    private static String documented(InvalidInputException e) {
        assertThat(e.problems()).isNotEmpty().allSatisfy((Problem p) -> {
            assertThat(p.source()).as(p.toString()).isIn(SOURCE, null);
            if (p.source() != null && !p.path().isEmpty()) {
                assertThat(p.line()).as("a line for " + p).isPositive();
            }
            assertThat(p.message()).as(p.toString()).doesNotContain("Exception", "at com.", "at dev.", "[Source:")
                    .doesNotContainPattern("[\\u0000-\\u0008\\u000B-\\u001F\\u007F]");
        });
        return "invalid: " + e.getMessage();
    }

    // --- mutations

    private static String mutate(String yaml, Random random) {
        String text = yaml;
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            text = switch (random.nextInt(8)) {
                case 0 -> tree(text, random, HostileInputProperties::drop);
                case 1 -> tree(text, random, HostileInputProperties::duplicate);
                case 2 -> tree(text, random, HostileInputProperties::retype);
                case 3 -> text.substring(0, random.nextInt(text.length() + 1));
                case 4 -> insert(text, random, randomCharacter(random));
                case 5 -> replaceFirst(text, random, "\\d{4}-\\d{2}-\\d{2}",
                        pick(random, "+999999999-12-31", "0000-01-01", "2026-02-30", "9999-12-31", "1899-12-31", "-0001-01-01"));
                case 6 -> replaceFirst(text, random, "(?<=: )-?\\d+(\\.\\d+)?(?=\\s)",
                        pick(random, "1e400", "-1", "2147483648", "9223372036854775808", ".inf", "-.inf", ".nan", "0x1F", "1_000"));
                default -> insert(text, random, randomText(random));
            };
        }
        return text;
    }

    private interface TreeMutation {
        void apply(JsonNode root, Random random);
    }

    /** Applies a mutation to the document as a tree and writes it back; a document that no longer parses is left as it is. */
    private static String tree(String text, Random random, TreeMutation mutation) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (IOException | RuntimeException e) {
            return text;
        }
        if (root == null || !root.isContainerNode()) {
            return text;
        }
        mutation.apply(root, random);
        try {
            return YAML.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drop(JsonNode root, Random random) {
        JsonNode container = randomContainer(root, random);
        if (container instanceof ObjectNode object && object.size() > 0) {
            object.remove(fieldNames(object).get(random.nextInt(object.size())));
        } else if (container instanceof ArrayNode array && array.size() > 0) {
            array.remove(random.nextInt(array.size()));
        }
    }

    private static void duplicate(JsonNode root, Random random) {
        JsonNode container = randomContainer(root, random);
        if (container instanceof ArrayNode array && array.size() > 0) {
            array.add(array.get(random.nextInt(array.size())).deepCopy());
        } else if (container instanceof ObjectNode object && object.size() > 0) {
            String name = fieldNames(object).get(random.nextInt(object.size()));
            object.set(name + "Copy", object.get(name).deepCopy());
        }
    }

    private static void retype(JsonNode root, Random random) {
        JsonNode container = randomContainer(root, random);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode replacement = switch (random.nextInt(9)) {
            case 0 -> nodes.textNode("x");
            case 1 -> nodes.numberNode(12);
            case 2 -> nodes.numberNode(-7.5);
            case 3 -> nodes.numberNode(new BigInteger("99999999999999999999999"));
            case 4 -> nodes.booleanNode(true);
            case 5 -> nodes.nullNode();
            case 6 -> nodes.arrayNode().add(1).add("two");
            case 7 -> nodes.objectNode().put("a", "b");
            default -> nodes.textNode(randomText(random));
        };
        if (container instanceof ObjectNode object && object.size() > 0) {
            object.set(fieldNames(object).get(random.nextInt(object.size())), replacement);
        } else if (container instanceof ArrayNode array && array.size() > 0) {
            array.set(random.nextInt(array.size()), replacement);
        }
    }

    private static JsonNode randomContainer(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        return containers.get(random.nextInt(containers.size()));
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    private static List<String> fieldNames(ObjectNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static String insert(String text, Random random, String inserted) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + inserted + text.substring(at);
    }

    private static String replaceFirst(String text, Random random, String regex, String replacement) {
        List<int[]> matches = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        while (m.find()) {
            matches.add(new int[] {m.start(), m.end()});
        }
        if (matches.isEmpty()) {
            return text;
        }
        int[] at = matches.get(random.nextInt(matches.size()));
        return text.substring(0, at[0]) + replacement + text.substring(at[1]);
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }

    private static String randomCharacter(Random random) {
        int[] interesting = {0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x7F, 0x85, 0x9B, 0xA0, 0xFEFF, 0xFFFE, 0x2028, 0x200B, 0x1F600};
        int c = random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : random.nextInt(0x2FFFF);
        if (c >= 0xD800 && c <= 0xDFFF) {
            c = 0xFFFD;
        }
        return new String(Character.toChars(c));
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(4) == 0 ? randomCharacter(random) : String.valueOf((char) ('a' + random.nextInt(26))));
        }
        return text.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HostileInputProperties.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
