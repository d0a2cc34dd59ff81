package dev.tempo.descriptor;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.tempo.Policy;
import dev.tempo.baseline.Baseline;
import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Problem;
import dev.tempo.model.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
 * <p>One instance is enough: it is immutable, thread-safe and cheap to call.
 */
public final class DescriptorReader {
    /** The largest document read, in bytes (1 MiB). */
    public static final int MAX_BYTES = 1024 * 1024;

    /** The most mistakes reported for one document, so that a garbage file is rejected quickly. */
    public static final int MAX_PROBLEMS = 100;

    /** Problems in document order; those without a line (the whole document) last. */
    private static final Comparator<Problem> DOCUMENT_ORDER = Comparator
            .comparingInt((Problem p) -> p.line() == 0 ? Integer.MAX_VALUE : p.line()).thenComparingInt(Problem::column);

    private static final String PROJECT_ROOT = "a mapping with at least a project section";
    private static final String POLICY_ROOT = "a mapping of policy sections"
            + " (thresholds, severities, disabled, dpiaRegimes, unknownAsFinding, scoring)";
    private static final String BASELINE_ROOT = "a mapping with version and findings (a tempo baseline)";

    private final JsonFactory json = JsonFactory.builder().build();
    private final JsonFactory yaml = YAMLFactory.builder().build();
    private final ObjectReader projects;
    private final ObjectReader policies;
    private final ObjectReader baselines;

    /** A reader with the strict settings of the descriptor format. */
    public DescriptorReader() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .defaultLeniency(false)
                // a null inside a list or map is never "unknown": [a, null] and {TEMPO-X-01: null} are mistakes
                .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .withCoercionConfigDefaults(config -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                // a number written for a text field (version: 2.14) is its text; true is not
                .withCoercionConfig(LogicalType.Textual, config -> config.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
        projects = mapper.readerFor(Project.class);
        policies = mapper.readerFor(Policy.class);
        baselines = mapper.readerFor(Baseline.class);
    }

    /**
     * Reads a project descriptor file.
     *
     * @throws InvalidInputException when the file cannot be read or is not a valid descriptor
     */
    public Project readProject(Path file) {
        return readProjectDocument(file).value();
    }

    /**
     * Reads a project descriptor from text.
     *
     * @param sourceName the name errors report ({@code <stdin>}); a name ending in {@code .json} is read as JSON
     * @throws InvalidInputException when the content is not a valid descriptor
     */
    public Project readProject(String content, String sourceName) {
        return readProjectDocument(content, sourceName).value();
    }

    /**
     * Reads a project descriptor file, keeping the locations of its fields for later checks.
     *
     * @throws InvalidInputException when the file cannot be read or is not a valid descriptor
     */
    public Document<Project> readProjectDocument(Path file) {
        return read(file, projects, Project.class, PROJECT_ROOT);
    }

    /**
     * Reads a project descriptor from a stream (standard input, for one), as strictly as a file: at
     * most {@value #MAX_BYTES} bytes of UTF-8. The stream is read, not closed.
     *
     * @param sourceName the name errors report ({@code <stdin>}); a name ending in {@code .json} is read as JSON
     * @throws InvalidInputException when the stream cannot be read or is not a valid descriptor
     */
    public Document<Project> readProjectDocument(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw unreadable(sourceName, Objects.toString(e.getMessage(), e.getClass().getSimpleName()));
        }
        checkSize(bytes.length, sourceName);
        return readProjectDocument(decode(bytes, sourceName), sourceName);
    }

    /**
     * Reads a project descriptor from text, keeping the locations of its fields for later checks.
     *
     * @param sourceName the name errors report ({@code <stdin>}); a name ending in {@code .json} is read as JSON
     * @throws InvalidInputException when the content is not a valid descriptor
     */
    public Document<Project> readProjectDocument(String content, String sourceName) {
        return read(content, sourceName, projects, Project.class, PROJECT_ROOT);
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
     * Reads a policy from text; thresholds, weights and bands it leaves out keep their defaults.
     *
     * @param sourceName the name errors report ({@code <stdin>}); a name ending in {@code .json} is read as JSON
     * @throws InvalidInputException when the content is not a valid policy
     */
    public Policy readPolicy(String content, String sourceName) {
        return readPolicyDocument(content, sourceName).value();
    }

    /**
     * Reads a policy file, keeping the locations of its fields, so that rule ids the engine does not
     * know ({@code severities.TEMPO-X-99}, {@code disabled[0]}) can be reported at their line.
     *
     * @throws InvalidInputException when the file cannot be read or is not a valid policy
     */
    public Document<Policy> readPolicyDocument(Path file) {
        return read(file, policies, Policy.class, POLICY_ROOT);
    }

    /**
     * Reads a policy from text, keeping the locations of its fields.
     *
     * @param sourceName the name errors report ({@code <stdin>}); a name ending in {@code .json} is read as JSON
     * @throws InvalidInputException when the content is not a valid policy
     */
    public Document<Policy> readPolicyDocument(String content, String sourceName) {
        return read(content, sourceName, policies, Policy.class, POLICY_ROOT);
    }

    /**
     * Reads a baseline file (the format is described in {@link Baseline}), always as JSON whatever
     * the file is called.
     *
     * @throws InvalidInputException when the file cannot be read, is not JSON, or is not a baseline this tempo reads
     */
    public Baseline readBaseline(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        return read(load(file, source), source, true, baselines, Baseline.class, BASELINE_ROOT).value();
    }

    /**
     * Reads a baseline from text, always as JSON.
     *
     * @param sourceName the name errors report
     * @throws InvalidInputException when the content is not JSON or not a baseline this tempo reads
     */
    public Baseline readBaseline(String content, String sourceName) {
        return read(content, sourceName, true, baselines, Baseline.class, BASELINE_ROOT).value();
    }

    private <T> Document<T> read(Path file, ObjectReader reader, Class<T> type, String expected) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        return read(load(file, source), source, reader, type, expected);
    }

    private <T> Document<T> read(String content, String source, ObjectReader reader, Class<T> type, String expected) {
        Objects.requireNonNull(source, "sourceName");
        return read(content, source, source.toLowerCase(Locale.ROOT).endsWith(".json"), reader, type, expected);
    }

    private <T> Document<T> read(String content, String source, boolean isJson, ObjectReader reader, Class<T> type, String expected) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(source, "sourceName");
        checkSize(content.length() > MAX_BYTES ? content.length() : content.getBytes(StandardCharsets.UTF_8).length, source);
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (!isJson) {
            checkPrintable(text, source);
        }
        DocumentScanner.Scanned scanned;
        try (JsonParser parser = (isJson ? json : yaml).createParser(text)) {
            scanned = DocumentScanner.scan(parser, source, isJson ? "JSON" : "YAML", expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // parsing a String does no I/O
        }
        Exclusions exclusions = new Exclusions();
        List<Problem> problems = new ArrayList<>();
        while (true) {
            try (JsonParser tokens = exclusions.apply(scanned.tokens()).asParser()) {
                T value = type.cast(reader.readValue(tokens));
                if (problems.isEmpty()) {
                    return new Document<>(source, value, scanned.index());
                }
                break;
            } catch (JsonMappingException e) {
                BindingErrors.Mistake mistake = BindingErrors.mistake(e, source, scanned.index(), exclusions);
                if (!BindingErrors.isConsequence(mistake.problem(), problems, exclusions)) {
                    problems.add(mistake.problem());
                }
                if (mistake.drop() == null || !exclusions.add(mistake.drop())) {
                    break;
                }
                if (problems.size() == MAX_PROBLEMS) {
                    problems.add(new Problem(source, "", 0, 0, "has more mistakes; only the first " + MAX_PROBLEMS + " are reported"));
                    break;
                }
            } catch (IOException e) {
                problems.add(new Problem(source, "", 0, 0, "is invalid: " + DocumentScanner.shortMessage(e.getMessage())));
                break;
            }
        }
        problems.sort(DOCUMENT_ORDER);
        throw new InvalidInputException(problems);
    }

    private static String load(Path file, String source) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw unreadable(source, "it is a directory");
            }
            checkSize(Files.size(file), source);
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw unreadable(source, "no such file");
        } catch (AccessDeniedException e) {
            throw unreadable(source, "permission denied");
        } catch (IOException e) {
            throw unreadable(source, Objects.toString(e.getMessage(), e.getClass().getSimpleName()));
        }
        checkSize(bytes.length, source); // it may have grown since
        return decode(bytes, source);
    }

    /**
     * The text of a document's bytes, strictly UTF-8 (files and standard input alike): the first
     * malformed byte is reported at its line and column (in bytes) and its byte offset.
     */
    private static String decode(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new InvalidInputException(new Problem(source, "", line, offset - lineStart + 1, "is not valid UTF-8 (byte offset "
                    + offset + ", byte 0x" + String.format("%02X", bytes[offset] & 0xFF) + "); must be saved as UTF-8"));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /**
     * The first character YAML does not allow (a control character other than tab and line breaks,
     * a lone surrogate, U+FFFE or U+FFFF), at its line and column, so that it is not reported at 1:1.
     */
    private static void checkPrintable(String text, String source) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean printable = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85
                    || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!printable) {
                throw new InvalidInputException(new Problem(source, "", line, column, String.format(
                        "holds the character U+%04X, which YAML does not allow (a control character); remove it, or write it"
                                + " escaped in a double-quoted string", c)));
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(c);
        }
    }

    private static InvalidInputException unreadable(String source, String reason) {
        return new InvalidInputException(new Problem(source, "", 0, 0, "cannot be read: " + reason));
    }

    private static void checkSize(long bytes, String source) {
        if (bytes > MAX_BYTES) {
            throw new InvalidInputException(new Problem(source, "", 0, 0,
                    "is " + bytes + " bytes; must be at most " + MAX_BYTES + " bytes (1 MiB)"));
        }
    }
}
