package dev.tempo.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as the reports write them (the figures of {@code Assessment.deliverySummary()} are written the same way). */
final class Numbers {
    private Numbers() {}

    /** A number as reports write it: no exponent, no trailing zeros ({@code 68}, {@code 68.5}). */
    static BigDecimal number(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }

    /** A number with exactly {@code decimals} decimals, rounded half up ({@code 0.375}, {@code 1.3}). */
    static BigDecimal fixed(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}
