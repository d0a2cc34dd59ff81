package dev.tempo.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Formatting for evidence lines, so that every rule writes numbers the same way: {@code 92},
 * {@code 1.5}, {@code 92%}. Import it in DRL with {@code import dev.tempo.engine.Evidence;}.
 */
public final class Evidence {
    private Evidence() {}

    /** A number without a trailing {@code .0}, rounded to at most two decimals: {@code 92}, {@code 1.5}. */
    public static String num(Number value) {
        if (value == null) {
            return "unknown";
        }
        BigDecimal decimal = new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }

    /** A ratio as a whole percentage: {@code 0.92} gives {@code 92%}. */
    public static String percent(double ratio) {
        return num(Math.round(ratio * 100)) + "%";
    }

    /** Names joined with commas, in the given order: {@code a, b, c}. */
    public static String list(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
