package dev.tempo.internal;

/**
 * Where a value starts in a document: the 1-based line and column, or 0:0 when unknown.
 *
 * @param line   the 1-based line
 * @param column the 1-based column
 */
public record Position(int line, int column) {}
