package jixiao.domain.target;

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
}
