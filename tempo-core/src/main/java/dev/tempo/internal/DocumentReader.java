package dev.tempo.internal;

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
import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Problem;
import java.io.IOException;
import java.io.Reader;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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
 * Reads one type of document from YAML or JSON as strictly as the descriptor format demands (the rules
 * are those of {@code dev.tempo.descriptor.DescriptorReader}, whose Javadoc states them): every mistake
 * is a {@link Problem} naming the source, field path, line and column, all of a document's mistakes are
 * reported at once, and the location of every value is kept for later checks. Immutable and thread-safe.
 *
 * @param <T> the type read
 */
public final class DocumentReader<T> {
    /** The largest document read, in bytes (1 MiB). */
    public static final int MAX_BYTES = 1024 * 1024;

    /** The most mistakes reported for one document, so that a garbage file is rejected quickly. */
    public static final int MAX_PROBLEMS = 100;

    /** Problems in document order; those without a line (the whole document) last. */
    private static final Comparator<Problem> DOCUMENT_ORDER = Comparator
            .comparingInt((Problem p) -> p.line() == 0 ? Integer.MAX_VALUE : p.line()).thenComparingInt(Problem::column);

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final JsonFactory YAML = YAMLFactory.builder().build();
    private static final ObjectMapper MAPPER = JsonMapper.builder()
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

    private final Class<T> type;
    private final ObjectReader reader;
    private final String expected;
    private final boolean jsonOnly;

    /**
     * @param type     the type read: a record of the model, or a type Jackson binds the same way
     * @param expected what the root must be, for the message when it is not ("a mapping with at least a project section")
     * @param jsonOnly true to read every document as JSON; false to read a source whose name ends in
     *                 {@code .json} as JSON and any other as YAML (which also accepts JSON)
     */
    public DocumentReader(Class<T> type, String expected, boolean jsonOnly) {
        this.type = Objects.requireNonNull(type, "type");
        this.reader = MAPPER.readerFor(type);
        this.expected = Objects.requireNonNull(expected, "expected");
        this.jsonOnly = jsonOnly;
    }

    /**
     * Reads a file, named in problems by its path.
     *
     * @throws InvalidInputException when the file cannot be read or holds a mistake
     */
    public Parsed<T> read(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        return read(load(file, source), source);
    }

    /**
     * Reads a stream (standard input, for one), as strictly as a file: at most {@value #MAX_BYTES}
     * bytes of UTF-8. The stream is read, not closed.
     *
     * @throws InvalidInputException when the stream cannot be read or holds a mistake
     */
    public Parsed<T> read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw unreadable(sourceName, Objects.toString(e.getMessage(), e.getClass().getSimpleName()));
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(sourceName);
        }
        return read(decode(bytes, sourceName), sourceName);
    }

    /**
     * Reads characters (text already decoded), as strictly as a file: at most {@value #MAX_BYTES}
     * bytes once encoded in UTF-8. The reader is read, not closed.
     *
     * @throws InvalidInputException when the reader cannot be read or holds a mistake
     */
    public Parsed<T> read(Reader in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n; text.length() <= MAX_BYTES && (n = in.read(buffer, 0, Math.min(buffer.length, MAX_BYTES + 1 - text.length()))) != -1; ) {
                text.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw unreadable(sourceName, Objects.toString(e.getMessage(), e.getClass().getSimpleName()));
        }
        if (text.length() > MAX_BYTES) {
            throw tooLarge(sourceName);
        }
        return read(text.toString(), sourceName);
    }

    /**
     * Reads text.
     *
     * @param sourceName the name problems report ({@code <stdin>})
     * @throws InvalidInputException when the text holds a mistake
     */
    public Parsed<T> read(String content, String sourceName) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(content, "content");
        boolean isJson = jsonOnly || sourceName.toLowerCase(Locale.ROOT).endsWith(".json");
        checkSize(content.length() > MAX_BYTES ? content.length() : content.getBytes(StandardCharsets.UTF_8).length, sourceName);
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (!isJson) {
            checkPrintable(text, sourceName);
        }
        DocumentScanner.Scanned scanned;
        try (JsonParser parser = (isJson ? JSON : YAML).createParser(text)) {
            scanned = DocumentScanner.scan(parser, sourceName, isJson ? "JSON" : "YAML", expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // parsing a String does no I/O
        }
        Exclusions exclusions = new Exclusions();
        List<Problem> problems = new ArrayList<>();
        while (true) {
            try (JsonParser tokens = exclusions.apply(scanned.tokens()).asParser()) {
                T value = type.cast(reader.readValue(tokens));
                if (problems.isEmpty()) {
                    return new Parsed<>(sourceName, value, scanned.index());
                }
                break;
            } catch (JsonMappingException e) {
                BindingErrors.Mistake mistake = BindingErrors.mistake(e, sourceName, scanned.index(), exclusions);
                if (!BindingErrors.isConsequence(mistake.problem(), problems, exclusions)) {
                    problems.add(mistake.problem());
                }
                if (mistake.drop() == null || !exclusions.add(mistake.drop())) {
                    break;
                }
                if (problems.size() == MAX_PROBLEMS) {
                    problems.add(new Problem(sourceName, "", 0, 0, "has more mistakes; only the first " + MAX_PROBLEMS + " are reported"));
                    break;
                }
            } catch (IOException e) {
                problems.add(new Problem(sourceName, "", 0, 0, "is invalid: " + DocumentScanner.shortMessage(e.getMessage())));
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

    /** A stream or reader of which only the first {@value #MAX_BYTES} bytes (and one more) were read. */
    private static InvalidInputException tooLarge(String source) {
        return new InvalidInputException(new Problem(source, "", 0, 0,
                "is more than " + MAX_BYTES + " bytes; must be at most " + MAX_BYTES + " bytes (1 MiB)"));
    }

    private static void checkSize(long bytes, String source) {
        if (bytes > MAX_BYTES) {
            throw new InvalidInputException(new Problem(source, "", 0, 0,
                    "is " + bytes + " bytes; must be at most " + MAX_BYTES + " bytes (1 MiB)"));
        }
    }
}
