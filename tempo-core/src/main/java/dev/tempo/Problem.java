package dev.tempo;

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
        path = path == null ? "" : path;
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
