package jixiao.domain.target;

import java.util.Objects;
import jixiao.domain.language.Bilingual;

/**
 * A target as written on a form, parsed (scoring.md §2). Parsing never fails: text the rules
 * cannot use is a value that says why, and every kind keeps the text exactly as typed.
 */
public sealed interface Target permits Target.Quantitative, Target.Qualitative, Target.Unreadable, Target.Blank {

    /** The target exactly as typed. */
    String text();

    default boolean isQuantitative() {
        return false;
    }

    static Target parse(String typed) {
        String text = typed == null ? "" : typed;
        if (text.isBlank()) { // as blank folded (HalfWidth): it folds spaces to spaces, and nothing else to one
            return new Blank(text);
        }
        Notation.Reading reading = Notation.read(text);
        if (reading instanceof Notation.Number number) {
            return new Quantitative(text, number.comparator().orElse(Comparator.EQUAL), number.quantity());
        }
        if (reading instanceof Notation.Unreadable unreadable) {
            return new Unreadable(text, unreadable.reason());
        }
        return new Qualitative(text);
    }

    /** A comparator, a number and a unit: {@code ≥20.00(个)}; a bare number means equal. */
    record Quantitative(String text, Comparator comparator, Quantity quantity) implements Target {

        public Quantitative {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(comparator, "comparator");
            Objects.requireNonNull(quantity, "quantity");
        }

        @Override
        public boolean isQuantitative() {
            return true;
        }
    }

    /** Words: {@code 及时}, {@code 成本不超过预算}, {@code 逐步提高}. */
    record Qualitative(String text) implements Target {

        public Qualitative {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Looks numeric but is not ({@code ≥abc}, {@code 90%-100%}); the rules treat it as qualitative. */
    record Unreadable(String text, Bilingual reason) implements Target {

        public Unreadable {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Nothing written, or only whitespace. */
    record Blank(String text) implements Target {

        public Blank {
            Objects.requireNonNull(text, "text");
        }
    }
}
