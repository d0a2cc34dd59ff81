package dev.tempo.descriptor;

/**
 * Where a value starts in a descriptor or policy file.
 *
 * @param line   the 1-based line
 * @param column the 1-based column
 */
public record Location(int line, int column) {

    /** {@code line:column}. */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
