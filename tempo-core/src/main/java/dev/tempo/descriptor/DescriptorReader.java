package dev.tempo.descriptor;

import dev.tempo.Policy;
import dev.tempo.baseline.Baseline;
import dev.tempo.internal.DocumentReader;
import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Project;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;

/**
 * Reads project descriptors and policies from YAML or JSON, and baselines from JSON, strictly: anything the descriptor
 * format does not allow is an {@link InvalidInputException} naming the file, field path, line and
 * column.
 *
 * <p>Rejected: unknown fields, wrong types (no coercion: {@code "12"} is not a number,
 * {@code "true"} not a boolean), values the domain records reject (negative counts, duplicate
 * names, dangling references), dates that do not parse, missing required fields, duplicate keys, a
 * document that is not a mapping, syntax errors, more than 50 YAML aliases
 * and files above 1 MiB. Enum values match in any case; an explicit
 * {@code null} is the same as an absent field. A {@code .json} file is read as JSON; anything else,
 * including standard input, as YAML (which also accepts JSON).
 *
 * <p>Every mistake of a document is reported at once, in document order (at most
 * {@value #MAX_PROBLEMS}): after each one the reader leaves the wrong value (or the list entry that
 * cannot be built without it) out and reads on. A mistake in the document's structure (a syntax
 * error, a root that is not a mapping, a duplicate key, too many aliases), or a required field of a
 * section that is not a list entry being missing or wrong (such as {@code project.id}), stops the
 * reading there.
 *
 * <p>Text in memory is read through a {@link Reader}, {@code readProject(new StringReader(yaml), "project.yaml")},
 * so that the content and the name it is reported under cannot be swapped by mistake.
 *
 * <p>One instance is enough: it is immutable, thread-safe and cheap to call.
 */
public final class DescriptorReader {
    /** The largest document read, in bytes (1 MiB). */
    public static final int MAX_BYTES = DocumentReader.MAX_BYTES;

    /** The most mistakes reported for one document, so that a garbage file is rejected quickly. */
    public static final int MAX_PROBLEMS = DocumentReader.MAX_PROBLEMS;

    private static final String PROJECT_ROOT = "a mapping with at least a project section";
    private static final String POLICY_ROOT = "a mapping of policy sections"
            + " (thresholds, severities, disabled, dpiaRegimes, unknownAsFinding, scoring)";
    private static final String BASELINE_ROOT = "a mapping with version and findings (a tempo baseline)";

    private final DocumentReader<Project> projects = new DocumentReader<>(Project.class, PROJECT_ROOT, false);
    private final DocumentReader<Policy> policies = new DocumentReader<>(Policy.class, POLICY_ROOT, false);
    private final DocumentReader<Baseline> baselines = new DocumentReader<>(Baseline.class, BASELINE_ROOT, true);

    /** A reader with the strict settings of the descriptor format. */
    public DescriptorReader() {}

    /**
     * Reads a project descriptor file.
     *
     * @throws InvalidInputException when the file cannot be read or is not a valid descriptor
     */
    public Project readProject(Path file) {
        return readProjectDocument(file).value();
    }

    /**
     * Reads a project descriptor from text: {@code readProject(new StringReader(yaml), "project.yaml")}.
     * The reader is read (at most {@value #MAX_BYTES} bytes once encoded), not closed.
     *
     * @param sourceName the name errors report ({@code <stdin>}); a name ending in {@code .json} is read as JSON
     * @throws InvalidInputException when the reader cannot be read or its content is not a valid descriptor
     */
    public Project readProject(Reader content, String sourceName) {
        return readProjectDocument(content, sourceName).value();
    }

    /**
     * Reads a project descriptor file, keeping the locations of its fields for later checks.
     *
     * @throws InvalidInputException when the file cannot be read or is not a valid descriptor
     */
    public Document<Project> readProjectDocument(Path file) {
        return new Document<>(projects.read(file));
    }

    /**
     * Reads a project descriptor from a stream (standard input, for one), as strictly as a file: at
     * most {@value #MAX_BYTES} bytes of UTF-8. The stream is read, not closed.
     *
     * @param sourceName the name errors report ({@code <stdin>}); a name ending in {@code .json} is read as JSON
     * @throws InvalidInputException when the stream cannot be read or is not a valid descriptor
     */
    public Document<Project> readProjectDocument(InputStream in, String sourceName) {
        return new Document<>(projects.read(in, sourceName));
    }

    /**
     * Reads a project descriptor from text, keeping the locations of its fields for later checks.
     * The reader is read (at most {@value #MAX_BYTES} bytes once encoded), not closed.
     *
     * @param sourceName the name errors report ({@code <stdin>}); a name ending in {@code .json} is read as JSON
     * @throws InvalidInputException when the reader cannot be read or its content is not a valid descriptor
     */
    public Document<Project> readProjectDocument(Reader content, String sourceName) {
        return new Document<>(projects.read(content, sourceName));
    }

    /**
     * Reads a policy file; thresholds, weights and bands it leaves out keep their defaults.
     *
     * @throws InvalidInputException when the file cannot be read or is not a valid policy
     */
    public Policy readPolicy(Path file) {
        return readPolicyDocument(file).value();
    }

    /**
     * Reads a policy from text ({@code readPolicy(new StringReader(yaml), "policy.yaml")}); thresholds,
     * weights and bands it leaves out keep their defaults. The reader is read, not closed.
     *
     * @param sourceName the name errors report ({@code <stdin>}); a name ending in {@code .json} is read as JSON
     * @throws InvalidInputException when the reader cannot be read or its content is not a valid policy
     */
    public Policy readPolicy(Reader content, String sourceName) {
        return readPolicyDocument(content, sourceName).value();
    }

    /**
     * Reads a policy file, keeping the locations of its fields, so that rule ids the engine does not
     * know ({@code severities.TEMPO-X-99}, {@code disabled[0]}) can be reported at their line.
     *
     * @throws InvalidInputException when the file cannot be read or is not a valid policy
     */
    public Document<Policy> readPolicyDocument(Path file) {
        return new Document<>(policies.read(file));
    }

    /**
     * Reads a policy from text, keeping the locations of its fields. The reader is read, not closed.
     *
     * @param sourceName the name errors report ({@code <stdin>}); a name ending in {@code .json} is read as JSON
     * @throws InvalidInputException when the reader cannot be read or its content is not a valid policy
     */
    public Document<Policy> readPolicyDocument(Reader content, String sourceName) {
        return new Document<>(policies.read(content, sourceName));
    }

    /**
     * Reads a baseline file (the format is described in {@link Baseline}), always as JSON whatever
     * the file is called.
     *
     * @throws InvalidInputException when the file cannot be read, is not JSON, or is not a baseline this tempo reads
     */
    public Baseline readBaseline(Path file) {
        return baselines.read(file).value();
    }

    /**
     * Reads a baseline from text, always as JSON. The reader is read, not closed.
     *
     * @param sourceName the name errors report
     * @throws InvalidInputException when the reader cannot be read, or its content is not JSON or not a baseline this tempo reads
     */
    public Baseline readBaseline(Reader content, String sourceName) {
        return baselines.read(content, sourceName).value();
    }
}
