package dev.tempo.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Problem;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a document's tokens once with the streaming parser: records every value's location in a
 * {@link LocationIndex}, copies the tokens for data binding, and rejects what binding cannot see
 * or should not have to: syntax errors, a root that is not a mapping, duplicate keys, more than one
 * document, and YAML aliases beyond a small bound.
 *
 * <p>Jackson's YAML parser does not expand aliases (it reports {@code *name} as the string
 * "name") and SnakeYAML's {@code maxAliasesForCollections} is enforced only by SnakeYAML's
 * composer, which Jackson does not use; so aliases are expanded and bounded here.
 */
final class DocumentScanner {
    static final int MAX_ALIASES = 50;
    static final int MAX_VALUES = 100_000;
    static final int MAX_DEPTH = 64;

    /** The scanned document: its tokens, ready to bind, and the location of every value. */
    record Scanned(TokenBuffer tokens, LocationIndex index) {}

    private static final class Frame {
        final String path;
        final boolean mapping;
        final Map<String, Position> keys = new HashMap<>();
        String key;
        int next;

        Frame(String path, boolean mapping) {
            this.path = path;
            this.mapping = mapping;
        }
    }

    /** A value under a YAML anchor, being copied so that its aliases can repeat it. */
    private static final class Capture {
        final String anchor;
        final TokenBuffer tokens = new TokenBuffer(null, false);
        int depth;

        Capture(String anchor) {
            this.anchor = anchor;
        }
    }

    private final String source;
    private final String format;
    private final String expected;
    private final TokenBuffer tokens = new TokenBuffer(null, false);
    private final LocationIndex index = new LocationIndex();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Map<String, TokenBuffer> anchors = new HashMap<>();
    private final List<Capture> captures = new ArrayList<>();
    private int values;
    private int aliases;

    private DocumentScanner(String source, String format, String expected) {
        this.source = source;
        this.format = format;
        this.expected = expected;
    }

    /**
     * Scans one document.
     *
     * @param format   "YAML" or "JSON", for syntax error messages
     * @param expected what the root must be ("a mapping with at least a project section")
     * @throws InvalidInputException on a syntax error or anything else the scan rejects
     */
    static Scanned scan(JsonParser parser, String source, String format, String expected) {
        DocumentScanner scanner = new DocumentScanner(source, format, expected);
        try {
            scanner.scanRoot(parser);
        } catch (JsonProcessingException e) {
            throw scanner.syntaxError(e);
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(source, "", 0, 0, "cannot be read: " + e.getMessage()));
        }
        return new Scanned(scanner.tokens, scanner.index);
    }

    private void scanRoot(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw problem("", new Position(0, 0), "is empty; must be " + expected);
        }
        Position at = locationOf(parser.currentTokenLocation());
        if (first != JsonToken.START_OBJECT) {
            throw problem("", at, "is " + written(parser) + "; must be " + expected);
        }
        do {
            accept(parser, at);
            JsonToken next = parser.nextToken();
            at = next == null ? at : locationOf(parser.currentTokenLocation());
        } while (!frames.isEmpty());
        if (parser.nextToken() != null) {
            throw problem("", locationOf(parser.currentTokenLocation()),
                    "holds more than one document; must hold exactly one");
        }
    }

    /** Takes the parser's current token, expanding it when it is a YAML alias. */
    private void accept(JsonParser parser, Position at) throws IOException {
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            expand(yaml.getText(), at);
            return;
        }
        Object anchor = parser.getObjectId();
        if (anchor != null && parser.currentToken() != JsonToken.FIELD_NAME) {
            captures.add(new Capture(anchor.toString()));
        }
        take(parser, at);
    }

    private void expand(String anchor, Position at) throws IOException {
        String path = peekValuePath();
        if (++aliases > MAX_ALIASES) {
            throw problem(path, at, "is YAML alias number " + aliases + "; a document may use at most "
                    + MAX_ALIASES + " aliases (write the values out instead)");
        }
        TokenBuffer anchored = anchors.get(anchor);
        if (anchored == null) {
            throw problem(path, at, "is the alias *" + anchor + ", which refers to no complete anchor &" + anchor
                    + " before it; must refer to an earlier anchored value");
        }
        try (JsonParser replay = anchored.asParser()) {
            while (replay.nextToken() != null) {
                take(replay, at);
            }
        }
    }

    /** Indexes the current token, checks it, and copies it to the output and any open anchors. */
    private void take(JsonParser parser, Position at) throws IOException {
        JsonToken counted = parser.currentToken();
        if (counted != JsonToken.FIELD_NAME && !counted.isStructEnd() && ++values > MAX_VALUES) {
            throw problem("", at, "has more than " + MAX_VALUES + " values (texts, numbers, flags, lists and mappings"
                    + (aliases > 0 ? ", counting the " + aliases + " YAML aliases expanded" : "") + "); must hold fewer");
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case FIELD_NAME -> {
                Frame frame = frames.element();
                String key = parser.currentName();
                Position first = frame.keys.putIfAbsent(key, at);
                if (first != null) {
                    throw problem(join(frame.path, key), at, "appears twice in the same mapping (first at line "
                            + first.line() + "); each key may appear once");
                }
                frame.key = key;
            }
            case START_OBJECT, START_ARRAY -> {
                String path = nextValuePath();
                index.put(path, at, token == JsonToken.START_OBJECT ? "a mapping" : "a list");
                if (frames.size() >= MAX_DEPTH) {
                    throw problem(path, at, "is nested more than " + MAX_DEPTH + " levels deep; must be flatter");
                }
                frames.push(new Frame(path, token == JsonToken.START_OBJECT));
            }
            case END_OBJECT, END_ARRAY -> frames.pop();
            default -> index.put(nextValuePath(), at, written(parser));
        }
        copy(parser, tokens);
        Iterator<Capture> open = captures.iterator();
        while (open.hasNext()) {
            Capture capture = open.next();
            copy(parser, capture.tokens);
            if (token.isStructStart()) {
                capture.depth++;
            } else if (token.isStructEnd()) {
                capture.depth--;
            }
            if (capture.depth == 0 && token != JsonToken.FIELD_NAME) {
                anchors.put(capture.anchor, capture.tokens);
                open.remove();
            }
        }
    }

    /** Copies a token; decimals keep their written text, so {@code version: 2.10} stays "2.10" as text. */
    private static void copy(JsonParser parser, TokenBuffer out) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT && isPlainDecimal(parser.getText())) {
            out.writeNumber(parser.getText());
        } else {
            out.copyCurrentEvent(parser);
        }
    }

    private static boolean isPlainDecimal(String text) {
        try {
            Double.parseDouble(text);
            return text.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E');
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String nextValuePath() {
        Frame frame = frames.peek();
        if (frame == null) {
            return "";
        }
        return frame.mapping ? join(frame.path, frame.key) : frame.path + "[" + frame.next++ + "]";
    }

    private String peekValuePath() {
        Frame frame = frames.peek();
        if (frame == null) {
            return "";
        }
        return frame.mapping ? join(frame.path, frame.key) : frame.path + "[" + frame.next + "]";
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** A scalar as written: strings quoted, everything else as in the source. */
    static String written(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> "a mapping";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "\"" + parser.getText() + "\"";
            default -> parser.getText();
        };
    }

    private static Position locationOf(JsonLocation location) {
        return new Position(Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0));
    }

    private InvalidInputException problem(String path, Position at, String message) {
        return new InvalidInputException(new Problem(source, path, at.line(), at.column(), message));
    }

    private InvalidInputException syntaxError(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        Position at = where == null ? new Position(0, 0) : locationOf(where);
        return problem("", at, "is not valid " + format + ": " + shortMessage(e.getOriginalMessage()));
    }

    /**
     * The lines of a parser message that say what is wrong, without the quoted source snippet and
     * "in 'reader', line 3" lines SnakeYAML adds (the location is reported separately).
     */
    static String shortMessage(String message) {
        if (message == null || message.isBlank()) {
            return "syntax error";
        }
        List<String> lines = new ArrayList<>();
        // Jackson suggests parser features ("maybe a (non-standard) comment? (not recognized as one since
        // Feature 'ALLOW_COMMENTS' not enabled for parser)") that a user of tempo cannot enable
        message = message.replaceAll("\\s*\\([^()]*(?:\\([^()]*\\)[^()]*)*(?:Feature|feature|enable)[^()]*(?:\\([^()]*\\)[^()]*)*\\)", "");
        // Jackson names a second location as "[Source: REDACTED (...); line: 3, column: 15]"
        String located = message.replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]", "line $1, column $2");
        for (String line : located.split("\\R")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                lines.add(line.strip());
            }
        }
        return lines.isEmpty() ? message.strip() : String.join("; ", lines);
    }
}
