package dev.tempo.internal;

import java.util.Objects;

/**
 * A value read by a {@link DocumentReader}, with the location of every value of its document.
 *
 * @param source the file name, or the source name given with the content
 * @param value  the value read
 * @param index  where each field path's value starts
 * @param <T>    the type of the value
 */
public record Parsed<T>(String source, T value, LocationIndex index) {
    public Parsed {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(index, "index");
    }
}
