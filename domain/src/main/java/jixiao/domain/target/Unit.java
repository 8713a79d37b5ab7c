package jixiao.domain.target;

import java.util.Objects;
import jixiao.domain.language.HalfWidth;

/**
 * The unit written after a number, without its brackets and in half-width form, so that
 * {@code (%)}, {@code ％} and {@code %} are one unit and {@code （个）} and {@code (个)} another.
 */
public record Unit(String text) {

    /** No unit written. */
    public static final Unit NONE = new Unit("");

    public Unit {
        Objects.requireNonNull(text, "text");
    }

    /** The unit as typed after the number: whitespace and one pair of enclosing brackets removed. */
    static Unit of(String typed) {
        String text = HalfWidth.of(typed).strip();
        int last = text.length() - 1;
        if (last >= 1 && text.charAt(0) == '(' && text.charAt(last) == ')' && balanced(text, 1, last)) {
            text = text.substring(1, last).strip();
        }
        return text.isEmpty() ? NONE : new Unit(text);
    }

    /**
     * Written out rather than left to the record: the generated {@code equals} and {@code hashCode}
     * bootstrap through {@code invokedynamic} on first use, which cost a {@code score} about a tenth
     * of its start-up (docs/benchmarks.md), and every scoring compares units.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Unit unit && text.equals(unit.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    public boolean isNone() {
        return text.isEmpty();
    }

    public boolean isPercent() {
        return text.equals("%");
    }

    /** Whether the brackets between {@code from} and {@code to} close as they open. */
    private static boolean balanced(String text, int from, int to) {
        int depth = 0;
        for (int i = from; i < to && depth >= 0; i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return depth == 0;
    }
}
