package jixiao.domain.target;

import java.math.BigDecimal;
import java.util.Objects;

/** A number with its unit: the measurable part of a target or an actual. */
public record Quantity(BigDecimal number, Unit unit) {

    public Quantity {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(unit, "unit");
    }

    /** The number as explanations show it: no exponent, no trailing zeros ({@code 360}, {@code 0.38}). */
    public String plainNumber() {
        return number.stripTrailingZeros().toPlainString();
    }
}
