package dev.tempo.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The location and written form of every value of one document, by field path
 * ({@code team.members[2].experienceYears}, {@code datasets[0]}, {@code severities.TEMPO-TEAM-08});
 * the root is the empty path. Filled once by {@link DocumentScanner}, read-only afterwards.
 */
public final class LocationIndex {
    private record Entry(Position location, String written) {}

    private final Map<String, Entry> entries = new HashMap<>();

    LocationIndex() {}

    void put(String path, Position location, String written) {
        entries.putIfAbsent(path, new Entry(location, written));
    }

    /** The location of the value at exactly this path. */
    public Optional<Position> locate(String path) {
        return Optional.ofNullable(entries.get(path)).map(Entry::location);
    }

    /**
     * The location of the value at this path or, when it is absent (a missing required field),
     * of its nearest enclosing value; 0:0 when nothing encloses it.
     */
    public Position nearest(String path) {
        String p = path;
        while (true) {
            Entry entry = entries.get(p);
            if (entry != null) {
                return entry.location();
            }
            if (p.isEmpty()) {
                return new Position(0, 0);
            }
            p = parent(p);
        }
    }

    /**
     * How the value at this path is written: a quoted string ({@code "12"}), a number, boolean or
     * null as written, "a mapping" or "a list"; null when there is no value at the path.
     */
    String written(String path) {
        Entry entry = entries.get(path);
        return entry == null ? null : entry.written();
    }

    /** The names of the fields of the mapping at this path, in no particular order. */
    java.util.List<String> fieldNames(String path) {
        String prefix = path.isEmpty() ? "" : path + ".";
        return entries.keySet().stream()
                .filter(p -> p.startsWith(prefix) && p.length() > prefix.length())
                .map(p -> p.substring(prefix.length()))
                .filter(name -> name.indexOf('.') < 0 && name.indexOf('[') < 0)
                .toList();
    }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
