package dev.tempo.descriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of the project descriptor and of the policy, for editors and
 * for checks outside tempo: {@code Schemas.descriptor()} is the text of the descriptor's schema.
 *
 * <p>A schema rejects what a schema can express: unknown fields, wrong types, missing required
 * fields, negative counts and other values out of range, dates that are not YYYY-MM-DD from 1900 to
 * 9999, label limits and unknown enum values (matched in any case, as the reader does). It cannot
 * check duplicate names, references to undeclared datasets, tools, models or jurisdictions, the order
 * of band limits, or rule ids: a document the schema accepts may still be rejected by
 * {@link DescriptorReader}, which stays the authority.
 *
 * <p>The schemas are resources of this jar ({@code dev/tempo/schema/descriptor.schema.json} and
 * {@code policy.schema.json}); the command line prints them with {@code tempo schema descriptor} and
 * {@code tempo schema policy}.
 */
public final class Schemas {
    /** The descriptor schema's {@code $id}: an identifier of the schema, not a place to download it from. */
    public static final String DESCRIPTOR_ID = "https://tempo.dev/schema/descriptor.schema.json";

    /** The policy schema's {@code $id}: an identifier of the schema, not a place to download it from. */
    public static final String POLICY_ID = "https://tempo.dev/schema/policy.schema.json";

    private Schemas() {}

    /**
     * The JSON Schema of a project descriptor, as JSON text (UTF-8 when written as bytes).
     *
     * @throws IllegalStateException when the schema is missing from the class path (a broken jar)
     */
    public static String descriptor() {
        return read("descriptor.schema.json");
    }

    /**
     * The JSON Schema of a policy, as JSON text (UTF-8 when written as bytes).
     *
     * @throws IllegalStateException when the schema is missing from the class path (a broken jar)
     */
    public static String policy() {
        return read("policy.schema.json");
    }

    private static String read(String name) {
        String resource = "/dev/tempo/schema/" + name;
        try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path; tempo-core's jar is incomplete");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
