package dev.tempo.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.tempo.Band;
import dev.tempo.Policy;
import dev.tempo.model.Project;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The schemas and the records the reader binds cannot drift apart: every component of
 * {@link Project} and the records under it is a property of the descriptor schema at the same place,
 * with a type that fits the component's, and the schema has no property the records lack; the same
 * for {@link Policy}. Enum fields accept exactly the enum's constants, in any case. What each field
 * accepts, value by value, is compared with the reader in {@link SchemaParityTest}.
 */
class SchemaDriftTest {
    /** Enum constants a field does not accept although its Java type has them, and why. */
    private static final Map<String, Set<String>> LEFT_OUT = Map.of(
            "scoring.bands{}", Set.of(Band.STALLED.name())); // STALLED is every score below SLOW's: it has no limit

    /**
     * The case-insensitive pattern of a set of enum constants, as the schemas write it: each letter
     * as a class of its two cases, so that any ECMA-262 or Java regular expression engine reads it
     * ({@code (?i)} is not ECMA-262).
     */
    static String caseless(Collection<String> constants) {
        return "^(?:" + constants.stream()
                .map(c -> c.chars().mapToObj(ch -> Character.isLetter(ch)
                        ? "[" + (char) ch + Character.toLowerCase((char) ch) + "]" : String.valueOf((char) ch)).collect(Collectors.joining()))
                .collect(Collectors.joining("|")) + ")$";
    }

    @Test
    void descriptorSchema_hasExactlyTheRecordsComponents_atTheirPlaces_withFittingTypes() {
        List<String> drift = new ArrayList<>();
        compareRecord(Project.class, SchemaCheck.DESCRIPTOR_NODE, "", drift);
        assertThat(drift).as("drift between the descriptor schema and the records under dev.tempo.model.Project").isEmpty();
    }

    @Test
    void policySchema_hasExactlyThePolicysComponents_atTheirPlaces_withFittingTypes() {
        List<String> drift = new ArrayList<>();
        compareRecord(Policy.class, SchemaCheck.POLICY_NODE, "", drift);
        assertThat(drift).as("drift between the policy schema and dev.tempo.Policy, Thresholds and Scoring").isEmpty();
    }

    @Test
    void theDriftCheck_findsAMissingARenamedAndAMistypedProperty() {
        JsonNode schema = SchemaCheck.tree(Schemas.descriptor(), "descriptor.schema.json");
        ObjectNode models = (ObjectNode) schema.get("properties").get("models").get("items").get("properties");
        models.set("monthlyBudgets", models.remove("monthlyBudget"));
        ((ObjectNode) schema.get("properties").get("team").get("properties")).remove("timeboxed");
        ((ObjectNode) schema.get("properties").get("datasets").get("items").get("properties").get("records")).put("type", "string");
        List<String> drift = new ArrayList<>();
        compareRecord(Project.class, schema, "", drift);
        assertThat(drift).anySatisfy(d -> assertThat(d).startsWith("models[].monthlyBudget is a component"))
                .anySatisfy(d -> assertThat(d).startsWith("models[].monthlyBudgets is a property"))
                .anySatisfy(d -> assertThat(d).startsWith("team.timeboxed is a component"))
                .anySatisfy(d -> assertThat(d).startsWith("datasets[].records has type"));
    }

    @Test
    void bothSchemas_areValidDraft202012Schemas_withTheirIds() {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (JsonNode schema : List.of(SchemaCheck.DESCRIPTOR_NODE, SchemaCheck.POLICY_NODE)) {
            assertThat(meta.validate(schema)).isEmpty();
            assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        }
        assertThat(meta.validate(SchemaCheck.tree("{\"type\": \"text\"}", "x.json"))).as("the meta-schema check can fail").isNotEmpty();
        assertThat(SchemaCheck.DESCRIPTOR_NODE.get("$id").asText()).isEqualTo(Schemas.DESCRIPTOR_ID);
        assertThat(SchemaCheck.POLICY_NODE.get("$id").asText()).isEqualTo(Schemas.POLICY_ID);
    }

    private static void compareRecord(Class<?> record, JsonNode schema, String path, List<String> drift) {
        String where = path.isEmpty() ? "the root" : path;
        if (!schema.path("additionalProperties").isBoolean() || schema.get("additionalProperties").asBoolean()) {
            drift.add(where + " must have additionalProperties: false, as the reader rejects unknown fields");
        }
        JsonNode properties = schema.path("properties");
        Set<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (RecordComponent component : record.getRecordComponents()) {
            String at = path + (path.isEmpty() ? "" : ".") + component.getName();
            JsonNode property = properties.get(component.getName());
            if (property == null) {
                drift.add(at + " is a component of " + record.getSimpleName() + " but not a property of the schema");
                continue;
            }
            if (!property.path("description").isTextual()) {
                drift.add(at + " has no description");
            }
            if (types(property).contains("null") == required.contains(component.getName())) {
                drift.add(at + (required.contains(component.getName()) ? " is required but accepts null" : " is optional but does not accept null"));
            }
            compareValue(component.getGenericType(), property, at, drift);
        }
        properties.fieldNames().forEachRemaining(name -> {
            if (!components.contains(name)) {
                drift.add(path + (path.isEmpty() ? "" : ".") + name + " is a property of the schema but not a component of " + record.getSimpleName());
            }
        });
        required.stream().filter(r -> !components.contains(r)).forEach(r -> drift.add(where + " requires " + r + ", which is no component"));
    }

    private static void compareValue(Type type, JsonNode schema, String at, List<String> drift) {
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            expectType(schema, "object", at, drift);
            compareRecord(raw, schema, at, drift);
        } else if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
            expectType(schema, "array", at, drift);
            JsonNode items = schema.path("items");
            if (types(items).contains("null")) {
                drift.add(at + "[] accepts null, which the reader rejects in a list");
            }
            compareValue(argument(type, 0), items, at + "[]", drift);
        } else if (Map.class.isAssignableFrom(raw)) {
            expectType(schema, "object", at, drift);
            Class<?> key = raw(argument(type, 0));
            Type value = argument(type, 1);
            if (key == String.class && value == String.class) {
                expectRef(schema, "#/$defs/labels", at, drift);
                return;
            }
            if (key.isEnum()) {
                expectCaseless(key, schema.path("propertyNames"), at + "{}", drift);
            }
            JsonNode values = schema.path("additionalProperties");
            if (types(values).contains("null")) {
                drift.add(at + "{} accepts null values, which the reader rejects in a map");
            }
            compareValue(value, values, at + "{}", drift);
        } else if (raw.isEnum()) {
            expectType(schema, "string", at, drift);
            expectCaseless(raw, schema, at, drift);
        } else if (raw == Boolean.class) {
            expectType(schema, "boolean", at, drift);
        } else if (raw == Integer.class || raw == Long.class) {
            expectType(schema, "integer", at, drift);
            long max = raw == Integer.class ? Integer.MAX_VALUE : Long.MAX_VALUE;
            if (!schema.path("maximum").canConvertToLong() || schema.get("maximum").asLong() > max) {
                drift.add(at + " must have a maximum of at most " + max + ", as the reader rejects larger numbers");
            }
        } else if (raw == Double.class) {
            expectType(schema, "number", at, drift);
            expectRef(schema, "#/$defs/finite", at, drift);
        } else if (raw == String.class) {
            expectType(schema, "string", at, drift);
            expectType(schema, "number", at, drift); // a number where text is expected is taken as written
        } else if (raw == LocalDate.class) {
            expectType(schema, "string", at, drift);
            expectRef(schema, "#/$defs/date", at, drift);
        } else {
            drift.add(at + " has the Java type " + type + ", which this test does not know; teach it");
        }
    }

    private static void expectCaseless(Class<?> enumType, JsonNode schema, String at, List<String> drift) {
        List<String> constants = Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .filter(c -> !LEFT_OUT.getOrDefault(at, Set.of()).contains(c)).toList();
        String expected = caseless(constants);
        if (!expected.equals(schema.path("pattern").asText())) {
            drift.add(at + " must have the pattern " + expected + " (" + enumType.getSimpleName() + " in any case), not "
                    + schema.path("pattern"));
        }
        if (schema.has("examples") && !schema.get("examples").toString().equals(SchemaCheck.JSON.valueToTree(constants).toString())) {
            drift.add(at + " must list " + constants + " as its examples, not " + schema.get("examples"));
        }
    }

    private static void expectType(JsonNode schema, String type, String at, List<String> drift) {
        if (!types(schema).contains(type)) {
            drift.add(at + " has type " + types(schema) + "; must include " + type);
        }
    }

    private static void expectRef(JsonNode schema, String ref, String at, List<String> drift) {
        if (!ref.equals(schema.path("$ref").asText())) {
            drift.add(at + " must refer to " + ref + ", not " + schema.path("$ref"));
        }
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        Set<String> types = new LinkedHashSet<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        return types;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Type argument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }
}
