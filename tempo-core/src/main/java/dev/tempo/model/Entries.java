package dev.tempo.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * A builder's list: each entry is a value, or a builder that is built when the list is, so that a
 * field it rejects is named under the entry's path ({@code members[1].experienceYears}). A null entry
 * is kept for the record to reject by its index.
 */
final class Entries<T> {
    private final List<Supplier<T>> entries = new ArrayList<>();

    /** Replaces the entries with the values; null means none. */
    void replace(Collection<? extends T> values) {
        entries.clear();
        if (values != null) {
            values.forEach(this::add);
        }
    }

    /** Replaces the entries with the values; null means none. */
    void replace(T[] values) {
        replace(values == null ? null : Arrays.asList(values));
    }

    /** Adds a value. */
    void add(T value) {
        entries.add(() -> value);
    }

    /** Adds an entry that {@code build} makes when the list is built. */
    void addLater(Supplier<T> build) {
        entries.add(build);
    }

    /** The entries, each built with a rejected field named under {@code field[i]}. */
    List<T> build(String field) {
        List<T> built = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            built.add(Checks.built(field + "[" + i + "]", entries.get(i)));
        }
        return built;
    }
}
