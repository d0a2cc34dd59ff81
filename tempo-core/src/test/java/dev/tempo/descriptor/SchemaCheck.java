package dev.tempo.descriptor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The descriptor and policy schemas as a draft 2020-12 validator sees them, and documents checked
 * against them after being parsed as the reader parses them: JSON for a name ending in {@code .json},
 * YAML otherwise.
 */
final class SchemaCheck {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new YAMLMapper();

    static final JsonNode DESCRIPTOR_NODE = tree(Schemas.descriptor(), "descriptor.schema.json");
    static final JsonNode POLICY_NODE = tree(Schemas.policy(), "policy.schema.json");
    static final Schema DESCRIPTOR = load(Schemas.descriptor());
    static final Schema POLICY = load(Schemas.policy());

    private SchemaCheck() {}

    static Schema load(String schema) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema, InputFormat.JSON);
    }

    /** A document as data, parsed as the reader parses it. */
    static JsonNode tree(String content, String name) {
        try {
            return (name.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML).readTree(content);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's complaints about a document, each as "instance location: message". */
    static List<String> errors(Schema schema, JsonNode document) {
        return schema.validate(document).stream().map(SchemaCheck::describe).toList();
    }

    static List<String> errors(Schema schema, String content, String name) {
        return errors(schema, tree(content, name));
    }

    /**
     * The JSON pointer of the value an error is about: {@code /team/members/2/experienceYears}; for an
     * unknown, missing or badly named property, the property's ({@code /team/members/0/experiance}), as
     * the reader names it.
     */
    static String pointer(Error error) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < error.getInstanceLocation().getNameCount(); i++) {
            pointer.append('/').append(error.getInstanceLocation().getElement(i));
        }
        if (error.getProperty() != null && List.of("additionalProperties", "required", "propertyNames").contains(error.getKeyword())) {
            pointer.append('/').append(error.getProperty());
        }
        return pointer.toString();
    }

    /** The JSON pointer of a reader's field path: {@code team.members[2].experienceYears} is {@code /team/members/2/experienceYears}. */
    static String pointer(String readerPath) {
        return readerPath.isEmpty() ? "" : "/" + readerPath.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    }

    /**
     * Whether a schema error (as {@link #errors} writes it) is about the field the reader named, or
     * about something inside it: to the reader a bad key of {@code scoring.weights} is the map's
     * mistake, to the schema the key's. Case is ignored, as the reader names an enum key as the enum
     * does ({@code scoring.weights.HIGH} for {@code high}).
     */
    static boolean isAbout(String error, String readerPath) {
        String field = pointer(readerPath).toLowerCase(Locale.ROOT);
        String about = error.toLowerCase(Locale.ROOT);
        return about.startsWith(field + ": ") || about.startsWith(field + "/");
    }

    private static String describe(Error error) {
        return pointer(error) + ": " + error.getMessage();
    }
}
