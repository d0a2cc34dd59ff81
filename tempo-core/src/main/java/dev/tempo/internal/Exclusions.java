package dev.tempo.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of a document left out so that binding can go on past a mistake and find the next:
 * each is named by its path in the document as written. Binding sees the document without them,
 * so its paths count list entries without the left-out ones; {@link #original} maps such a path
 * back to the document's own.
 */
final class Exclusions {
    private static final Pattern SEGMENT = Pattern.compile("\\[(\\d+)]|([^.\\[]+)");

    private final Set<String> paths = new HashSet<>();

    /** Leaves out the value at this path of the document as written; false when it already is. */
    boolean add(String originalPath) {
        return paths.add(originalPath);
    }

    /** Whether the value at this path of the document as written is left out. */
    boolean contains(String originalPath) {
        return paths.contains(originalPath);
    }

    boolean isEmpty() {
        return paths.isEmpty();
    }

    /** The document's tokens without the left-out values. */
    TokenBuffer apply(TokenBuffer tokens) throws IOException {
        if (paths.isEmpty()) {
            return tokens;
        }
        TokenBuffer out = new TokenBuffer(null, false);
        Deque<String> containers = new ArrayDeque<>();
        Deque<int[]> counters = new ArrayDeque<>();
        String key = null;
        try (JsonParser parser = tokens.asParser()) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    key = parser.currentName();
                    if (paths.contains(join(containers.peek(), key))) {
                        parser.nextToken();
                        parser.skipChildren();
                        continue;
                    }
                    out.copyCurrentEvent(parser);
                    continue;
                }
                if (token.isStructEnd()) {
                    containers.pop();
                    counters.pop();
                    out.copyCurrentEvent(parser);
                    continue;
                }
                String path;
                if (containers.isEmpty()) {
                    path = "";
                } else if (counters.peek()[0] >= 0) {
                    path = containers.peek() + "[" + counters.peek()[0]++ + "]";
                } else {
                    path = join(containers.peek(), key);
                }
                if (!path.isEmpty() && paths.contains(path)) {
                    parser.skipChildren();
                    continue;
                }
                if (token.isStructStart()) {
                    containers.push(path);
                    counters.push(new int[] {token == JsonToken.START_ARRAY ? 0 : -1});
                    out.copyCurrentEvent(parser);
                } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                    out.writeNumber(parser.getText()); // keeps 2.10 as written, as the scanner does
                } else {
                    out.copyCurrentEvent(parser);
                }
            }
        }
        return out;
    }

    /** The path in the document as written of a value at this path of the document binding saw. */
    String original(String boundPath) {
        if (paths.isEmpty()) {
            return boundPath;
        }
        StringBuilder original = new StringBuilder();
        Matcher segment = SEGMENT.matcher(boundPath);
        while (segment.find()) {
            if (segment.group(1) != null) {
                String list = original.toString();
                int wanted = Integer.parseInt(segment.group(1));
                int index = -1;
                for (int kept = -1; kept < wanted; ) {
                    index++;
                    if (!paths.contains(list + "[" + index + "]")) {
                        kept++;
                    }
                }
                original.append('[').append(index).append(']');
            } else {
                if (original.length() > 0) {
                    original.append('.');
                }
                original.append(segment.group(2));
            }
        }
        return original.toString();
    }

    private static String join(String path, String key) {
        return path == null || path.isEmpty() ? key : path + "." + key;
    }
}
