package jixiao.domain.target;

import java.math.BigDecimal;

/** How a quantitative target compares the actual with its number; a bare number means equal. */
public enum Comparator {
    AT_LEAST("≥"),
    MORE_THAN(">"),
    AT_MOST("≤"),
    LESS_THAN("<"),
    EQUAL("=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    /** The symbol as the forms print it. */
    public String symbol() {
        return symbol;
    }

    /** Whether a value satisfies a target of this comparator: {@code 96} holds for {@code ≥95}. */
    public boolean holds(BigDecimal value, BigDecimal target) {
        int comparison = value.compareTo(target);
        switch (this) {
            case AT_LEAST:
                return comparison >= 0;
            case MORE_THAN:
                return comparison > 0;
            case AT_MOST:
                return comparison <= 0;
            case LESS_THAN:
                return comparison < 0;
            default:
                return comparison == 0;
        }
    }

    /** Whether the target is an upper bound ({@code ≤}, {@code <}): less is better. */
    public boolean isReverse() {
        return this == AT_MOST || this == LESS_THAN;
    }
}
