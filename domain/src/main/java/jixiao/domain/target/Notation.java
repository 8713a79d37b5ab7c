package jixiao.domain.target;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Excerpt;
import jixiao.domain.language.HalfWidth;
import jixiao.domain.project.Amounts;
import jixiao.domain.project.Numerals;

/**
 * How the forms write a number: an optional comparator, the number (thousands separators and
 * full-width digits allowed), then the unit. Shared by targets and actuals; it never throws.
 */
final class Notation {

    /** Longest spellings first, so that {@code >=} is not read as {@code >} followed by {@code =}. */
    private static final List<Map.Entry<String, Comparator>> SPELLINGS = List.of(
            Map.entry(">=", Comparator.AT_LEAST), Map.entry("≥", Comparator.AT_LEAST),
            Map.entry("≧", Comparator.AT_LEAST), Map.entry("<=", Comparator.AT_MOST),
            Map.entry("≤", Comparator.AT_MOST), Map.entry("≦", Comparator.AT_MOST),
            Map.entry(">", Comparator.MORE_THAN), Map.entry("<", Comparator.LESS_THAN),
            Map.entry("=", Comparator.EQUAL));
    /** Characters a unit may not hold: a second number or comparator means a range or a typo. */
    private static final String NOT_IN_A_UNIT = "0123456789<>=≥≤≧≦";
    /** Characters a unit may not start with. */
    private static final String NOT_A_UNIT_START = ".,;:、，。";
    /** The first characters of {@link #SPELLINGS}: most texts start with none, and need not try nine spellings. */
    private static final String COMPARATOR_STARTS = "><=≥≧≤≦";

    /** What a piece of text turned out to be. */
    sealed interface Reading permits Number, Unreadable, Words {
    }

    /** A number, with the comparator written before it, if any. */
    record Number(Optional<Comparator> comparator, Quantity quantity) implements Reading {
    }

    /** Text that starts like a number but is not one the rules can use. */
    record Unreadable(Bilingual reason) implements Reading {
    }

    /** Text with no number in front: a qualitative target, a phrase, a description. */
    record Words(String text) implements Reading {
    }

    private Notation() {
    }

    static Reading read(String typed) {
        String text = HalfWidth.of(typed).strip();
        Optional<Map.Entry<String, Comparator>> spelling = comparatorAtStart(text);
        // The text is stripped at its end already: only the spaces after the comparator remain to skip.
        String rest = spelling.isPresent() ? text.substring(afterSpaces(text, spelling.get().getKey().length())) : text;
        int end = numberEnd(rest);
        if (end < 0) {
            return spelling.isPresent() ? unreadableAfter(spelling.get().getKey()) : new Words(text);
        }
        String number = rest.substring(0, end);
        // Amounts' limits hold for targets too: a longer number is a slip or an attack, never a target.
        if (!Amounts.withinDigits(number)) {
            return new Unreadable(new Bilingual("数字位数过多：小数点前至多 " + Amounts.MAX_INTEGER_DIGITS + " 位，之后至多 "
                    + Amounts.MAX_DECIMALS + " 位", "a number with too many digits: at most " + Amounts.MAX_INTEGER_DIGITS
                    + " before the point and " + Amounts.MAX_DECIMALS + " after it"));
        }
        String unit = rest.substring(end);
        String bare = unit.substring(afterSpaces(unit, 0));
        if (notAUnit(bare)) {
            Bilingual more = Excerpt.of(bare);
            return new Unreadable(new Bilingual("数字“" + number + "”之后还有数字或符号“" + more.zh()
                    + "”（区间或笔误）", "more after the number " + number + ": '" + more.en()
                    + "' (a range or a typo)"));
        }
        BigDecimal value = new BigDecimal(number.replace(",", ""));
        return new Number(spelling.map(Map.Entry::getValue), new Quantity(value, Unit.of(unit)));
    }

    /**
     * Where the number that {@code text} starts with ends, or -1 where it starts with none: a sign,
     * then {@link Numerals}, or a sign and decimals alone ({@code .5}); as the regular expression
     * {@code [-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+} would match from the start.
     */
    static int numberEnd(String text) {
        int start = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        int end = Numerals.end(text, start);
        return end < 0 ? Numerals.decimalsEnd(text, start) : end;
    }

    /** A unit holding a digit or a comparator, or starting with punctuation, is no unit. */
    static boolean notAUnit(String unit) {
        if (!unit.isEmpty() && NOT_A_UNIT_START.indexOf(unit.charAt(0)) >= 0) {
            return true;
        }
        for (int i = 0; i < unit.length(); i++) {
            if (NOT_IN_A_UNIT.indexOf(unit.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Where the text's first character that is not a space is, from {@code from} on: as {@link String#strip()} sees spaces. */
    private static int afterSpaces(String text, int from) {
        int first = from;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        return first;
    }

    private static Optional<Map.Entry<String, Comparator>> comparatorAtStart(String text) {
        if (text.isEmpty() || COMPARATOR_STARTS.indexOf(text.charAt(0)) < 0) {
            return Optional.empty();
        }
        for (Map.Entry<String, Comparator> spelling : SPELLINGS) {
            if (text.startsWith(spelling.getKey())) {
                return Optional.of(spelling);
            }
        }
        return Optional.empty();
    }

    private static Unreadable unreadableAfter(String comparator) {
        return new Unreadable(new Bilingual("比较符“" + comparator + "”之后没有数字",
                "no number after '" + comparator + "'"));
    }
}
