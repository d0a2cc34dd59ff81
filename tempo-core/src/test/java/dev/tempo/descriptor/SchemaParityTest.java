package dev.tempo.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import dev.tempo.model.InvalidInputException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The schemas accept exactly what the reader accepts, value by value. Every property of each schema
 * (sections, lists, maps and single values alike) is given each probe value in a document that is
 * otherwise valid; every mapping gets an unknown field; every required field is left out in turn.
 * The schema must accept the document exactly when the reader does, so a range, type, pattern or
 * required field that drifts from the records' checks fails here, whichever side changed.
 *
 * <p>Not compared, because a schema cannot express them: the reader's checks across values, told
 * apart by their message ({@link #READER_ONLY}). Not probed, because the data a schema sees cannot
 * tell them from valid values: a whole number written with a decimal point ({@code 14.0}, an
 * integer to JSON Schema, which the reader rejects for a whole-number field) and YAML's {@code .inf}
 * and {@code .nan} (no JSON value). Not probed either, because the schema keeps to the documented form
 * where the reader is more lenient: white space around a date or enum value (the reader trims it) and
 * a date written as a list ({@code [2026, 1, 10]}, or {@code []} for none: Jackson's form, which the
 * descriptor format does not define).
 */
class SchemaParityTest {
    /** What only the reader can check: references to undeclared names, duplicates, the order of band limits. */
    private static final List<String> READER_ONLY = List.of(
            "which is not a declared", "which is already declared; must be unique", "the limits must not increase");

    /** Numbers keep their exact value (9223372036854775808 stays out of a long's range, 1.5 stays 1.5). */
    private static final ObjectMapper NUMBERS = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS).build();

    /** A valid descriptor with one entry in every list, so that every field has a place to be probed. */
    private static final String DESCRIPTOR = """
            {"project": {"id": "p"},
             "goals": {"successMetrics": [{"name": "m"}]},
             "datasets": [{"name": "d"}],
             "team": {"members": [{"name": "ana"}]},
             "tools": [{"name": "t"}],
             "models": [{"name": "m"}],
             "jurisdictions": [{"code": "EU"}],
             "history": [{"date": "2026-01-01", "kind": "DEPLOYMENT"}],
             "waivers": [{"rule": "TEMPO-GOALS-01", "reason": "r", "expires": "2026-12-31"}]}
            """;

    private static final List<String> PROBES = probes();

    private final DescriptorReader reader = new DescriptorReader();

    private static List<String> probes() {
        List<String> probes = new ArrayList<>(List.of(
                "null", "true", "0", "-1", "1", "1.5", "100", "101", "2147483648", "9223372036854775808",
                "\"text\"", "\"\"", "\" \"", "\"\\u00a0\"", "\"\\u2003\"", "\"Bad Id\"",
                "\"2026-01-01\"", "\"2026-02-30\"", "\"2026-13-01\"", "\"1899-12-31\"", "\"2000-02-29\"", "\"1900-02-29\"",
                "\"9999-12-31\"", "\"10000-01-01\"", "\"2026-1-1\"",
                "\"low\"", "\"Production\"", "\"gdpr\"", "\"stalled\"", "\"critical\"", "\"in_place\"",
                "[]", "[\"text\"]", "[null]", "[1.5]", "[true]", "[\"gdpr\"]", "[{}]", "[[]]",
                "{}", "{\"k\": \"v\"}", "{\"k\": null}", "{\"k\": 4}", "{\"k\": true}", "{\"k\": [\"v\"]}", "{\"k\": {}}",
                "{\"Bad Key\": \"v\"}", "{\"\": \"v\"}", "{\"a/b.c_d-e\": \"v\"}",
                "{\"k\": \"" + "x".repeat(256) + "\"}", "{\"k\": \"" + "x".repeat(257) + "\"}",
                "{\"" + "a".repeat(64) + "\": \"v\"}", "{\"" + "a".repeat(65) + "\": \"v\"}",
                "{\"low\": 50}", "{\"LOW\": 101}", "{\"low\": -1}", "{\"low\": 5.5}", "{\"SLOW\": 40}", "{\"fast\": 95}",
                "{\"stalled\": 10}", "{\"HUGE\": 5}", "{\"TEMPO-X-01\": \"high\"}", "{\"TEMPO-X-01\": \"HUGE\"}"));
        for (int count : new int[] {64, 65}) {
            StringBuilder labels = new StringBuilder("{");
            for (int i = 0; i < count; i++) {
                labels.append(i == 0 ? "" : ", ").append("\"k").append(i).append("\": \"v\"");
            }
            probes.add(labels.append('}').toString());
        }
        return List.copyOf(probes);
    }

    @Test
    void descriptorSchema_acceptsExactlyWhatTheReaderAccepts() {
        List<String> differences = compare(SchemaCheck.DESCRIPTOR_NODE, SchemaCheck.DESCRIPTOR, DESCRIPTOR,
                json -> reader.readProject(new StringReader(json), "probe.json"));
        assertThat(differences).as("documents the descriptor schema and the reader judge differently").isEmpty();
    }

    @Test
    void policySchema_acceptsExactlyWhatTheReaderAccepts() {
        List<String> differences = compare(SchemaCheck.POLICY_NODE, SchemaCheck.POLICY, "{}",
                json -> reader.readPolicy(new StringReader(json), "probe.json"));
        assertThat(differences).as("documents the policy schema and the reader judge differently").isEmpty();
    }

    @Test
    void theComparison_findsASchemaThatAcceptsTooMuch_andOneThatAcceptsTooLittle() {
        ObjectNode schema = SchemaCheck.DESCRIPTOR_NODE.deepCopy();
        ObjectNode member = (ObjectNode) schema.get("properties").get("team").get("properties").get("members").get("items").get("properties");
        ((ObjectNode) member.get("experienceYears")).remove("minimum");
        ((ObjectNode) schema.get("properties").get("goals").get("properties").get("stakeholderReviewDays")).put("minimum", 1);
        List<String> differences = compare(schema, SchemaCheck.load(schema.toString()), DESCRIPTOR, json -> reader.readProject(new StringReader(json), "probe.json"));
        assertThat(differences).contains(
                "team.members[0].experienceYears = -1: the reader rejects it (is -1; must be 0 or more), the schema accepts it",
                "goals.stakeholderReviewDays = 0: the reader accepts it, the schema rejects it ([/goals/stakeholderReviewDays: must have a minimum value of 1])");
    }

    /** Every probe at every property of the schema, judged by the schema and by the reader: where they differ. */
    private static List<String> compare(JsonNode schemaNode, Schema schema, String skeleton, Consumer<String> read) {
        List<String> differences = new ArrayList<>();
        ObjectNode valid = (ObjectNode) parse(skeleton);
        judge(schemaNode, schema, valid, "the skeleton", read, differences);
        walk(schemaNode, new ArrayList<>(), schemaNode, schema, valid, read, differences);
        return differences;
    }

    private static void walk(JsonNode objectSchema, List<Object> path, JsonNode schemaNode, Schema schema, ObjectNode valid,
            Consumer<String> read, List<String> differences) {
        for (Map.Entry<String, JsonNode> property : objectSchema.path("properties").properties()) {
            List<Object> at = append(path, property.getKey());
            for (String probe : PROBES) {
                if (probe.startsWith("[") && "#/$defs/date".equals(property.getValue().path("$ref").asText())) {
                    continue; // the reader also takes Jackson's list form of a date (see above)
                }
                ObjectNode document = valid.deepCopy();
                set(document, at, parse(probe));
                judge(schemaNode, schema, document, name(at) + " = " + abbreviated(probe), read, differences);
            }
            if (property.getValue().has("properties")) {
                walk(property.getValue(), at, schemaNode, schema, valid, read, differences);
            } else if (property.getValue().path("items").has("properties")) {
                walk(property.getValue().get("items"), append(at, 0), schemaNode, schema, valid, read, differences);
            }
        }
        ObjectNode unknown = valid.deepCopy();
        set(unknown, append(path, "unknownField"), parse("1"));
        judge(schemaNode, schema, unknown, name(append(path, "unknownField")) + " = 1", read, differences);
        for (JsonNode required : objectSchema.path("required")) {
            ObjectNode missing = valid.deepCopy();
            ((ObjectNode) locate(missing, path)).remove(required.asText());
            judge(schemaNode, schema, missing, name(append(path, required.asText())) + " left out", read, differences);
        }
    }

    private static void judge(JsonNode schemaNode, Schema schema, ObjectNode document, String probe, Consumer<String> read,
            List<String> differences) {
        String readerSays = null;
        try {
            read.accept(document.toString());
        } catch (InvalidInputException e) {
            readerSays = e.problems().get(0).message();
        }
        if (readerSays != null && READER_ONLY.stream().anyMatch(readerSays::contains)) {
            return;
        }
        List<String> schemaSays = SchemaCheck.errors(schema, document);
        if ((readerSays == null) != schemaSays.isEmpty()) {
            differences.add(probe + ": the reader " + (readerSays == null ? "accepts it" : "rejects it (" + readerSays + ")")
                    + ", the schema " + (schemaSays.isEmpty() ? "accepts it" : "rejects it (" + schemaSays + ")"));
        }
    }

    /** Puts a value at a path of the document, creating the mappings on the way; lists on the way have an entry. */
    private static void set(ObjectNode document, List<Object> path, JsonNode value) {
        JsonNode parent = document;
        for (Object segment : path.subList(0, path.size() - 1)) {
            if (segment instanceof Integer index) {
                parent = parent.get(index);
            } else {
                JsonNode next = parent.get((String) segment);
                parent = next != null && next.isContainerNode() ? next : ((ObjectNode) parent).putObject((String) segment);
            }
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }

    private static JsonNode locate(JsonNode document, List<Object> path) {
        JsonNode node = document;
        for (Object segment : path) {
            node = segment instanceof Integer index ? node.get(index) : node.get((String) segment);
        }
        return node;
    }

    private static List<Object> append(List<Object> path, Object segment) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(segment);
        return longer;
    }

    /** The reader's way of writing a path: {@code team.members[0].name}. */
    private static String name(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object segment : path) {
            name.append(segment instanceof Integer ? "[" + segment + "]" : (name.length() == 0 ? "" : ".") + segment);
        }
        return name.toString();
    }

    private static String abbreviated(String probe) {
        return probe.length() > 40 ? probe.substring(0, 37) + "..." : probe;
    }

    private static JsonNode parse(String json) {
        try {
            return NUMBERS.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
