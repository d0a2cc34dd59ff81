package dev.tempo;

import java.util.Collection;
import java.util.Objects;

/** The one median of tempo: for an even count, the mean of the two middle values (heuristics.md, Resolutions). */
public final class Median {
    private Median() {}

    /**
     * The median of the non-null values, or null when there is none.
     *
     * @param values numbers in any order; nulls are left out
     */
    public static Double of(Collection<? extends Number> values) {
        double[] sorted = values.stream().filter(Objects::nonNull).mapToDouble(Number::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return null;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
