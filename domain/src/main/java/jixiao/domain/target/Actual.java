package jixiao.domain.target;

import java.util.Objects;
import jixiao.domain.language.HalfWidth;

/**
 * An actual value as written on a self-evaluation (scoring.md §2): a number with an optional unit,
 * one of the three achievement phrases, or free text. Parsing never fails and keeps the text.
 */
public sealed interface Actual permits Actual.Measured, Actual.Phrase, Actual.Described, Actual.Missing {

    /** The actual exactly as typed. */
    String text();

    /** Whether this actual only repeats its target ({@code 符合合同} for {@code 符合合同}): achieved. */
    default boolean restates(Target target) {
        String mine = comparable(text());
        return !mine.isEmpty() && mine.equals(comparable(target.text()));
    }

    static Actual parse(String typed) {
        String text = typed == null ? "" : typed;
        if (text.isBlank()) { // as blank folded (HalfWidth): it folds spaces to spaces, and nothing else to one
            return new Missing(text);
        }
        Notation.Reading reading = Notation.read(text);
        // "=98%" is a number; "≥98%" restates a bound, not what was achieved.
        if (reading instanceof Notation.Number number
                && number.comparator().filter(comparator -> comparator != Comparator.EQUAL).isEmpty()) {
            return new Measured(text, number.quantity());
        }
        return Achievement.of(text)
                .<Actual>map(achievement -> new Phrase(text, achievement))
                .orElseGet(() -> new Described(text));
    }

    private static String comparable(String text) {
        return HalfWidth.of(text).replaceAll("\\s+", "");
    }

    /** A number with its unit: {@code 144(个)}, {@code 98.5%}. */
    record Measured(String text, Quantity quantity) implements Actual {

        public Measured {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    /** One of the achievement phrases: {@code 达成指标}, {@code 部分达成}, {@code 未达成}. */
    record Phrase(String text, Achievement achievement) implements Actual {

        public Phrase {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(achievement, "achievement");
        }
    }

    /** Free text the rules cannot compare: a person sets the score. */
    record Described(String text) implements Actual {

        public Described {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Not filled in yet. */
    record Missing(String text) implements Actual {

        public Missing {
            Objects.requireNonNull(text, "text");
        }
    }
}
