package jixiao.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one rounding of the rules: half-up to 2 decimals, once, at the end of each figure. */
public final class Arithmetic {

    public static final int SCALE = 2;

    private Arithmetic() {
    }

    public static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** weight × numerator / denominator, computed exactly and rounded once. */
    static BigDecimal proportion(BigDecimal weight, BigDecimal numerator, BigDecimal denominator) {
        return weight.multiply(numerator).divide(denominator, SCALE, RoundingMode.HALF_UP);
    }

    /** A score as the forms print it: two decimals. */
    public static String two(BigDecimal value) {
        return round(value).toPlainString();
    }
}
