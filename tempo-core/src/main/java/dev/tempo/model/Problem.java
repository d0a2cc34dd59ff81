package dev.tempo.model;

/**
 * One thing wrong with an input: where it is and what is wrong.
 *
 * @param source  the file (or {@code <stdin>}, or a rule pack resource), or null for input built in Java
 * @param path    the field path ({@code team.members[2].experienceYears}), or empty when the whole input is wrong
 * @param line    the 1-based line, or 0 when unknown
 * @param column  the 1-based column, or 0 when unknown
 * @param message what is wrong and what is expected ({@code is -3; must be 0 or more})
 */
public record Problem(String source, String path, int line, int column, String message) {

    public Problem {
        path = printable(path == null ? "" : path);
        message = printable(message);
    }

    /**
     * The text with control characters written as escapes ({@code \u001B}), so that a value quoted in
     * a message can never drive the terminal it is printed on.
     */
    private static String printable(String text) {
        if (text == null || text.chars().noneMatch(Problem::isControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> out.append(isControl(c) ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }

    private static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** {@code file:line:column: path message}, leaving out what is unknown. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (source != null) {
            text.append(source);
            if (line > 0) {
                text.append(':').append(line);
                if (column > 0) {
                    text.append(':').append(column);
                }
            }
            text.append(": ");
        }
        if (!path.isEmpty()) {
            text.append(path).append(' ');
        }
        return text.append(message).toString();
    }
}
