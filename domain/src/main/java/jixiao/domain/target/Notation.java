package jixiao.domain.target;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Excerpt;
import jixiao.domain.language.HalfWidth;
import jixiao.domain.project.Amounts;

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
    private static final Pattern NUMBER =
            Pattern.compile("[-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|[-+]?\\.\\d+");
    private static final Pattern NOT_A_UNIT = Pattern.compile("[\\d<>=≥≤≧≦]|^[.,;:、，。]");

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
        String rest = spelling.map(entry -> text.substring(entry.getKey().length()).strip()).orElse(text);
        Matcher number = NUMBER.matcher(rest);
        if (!number.lookingAt()) {
            return spelling.isPresent() ? unreadableAfter(spelling.get().getKey()) : new Words(text);
        }
        // Amounts' limits hold for targets too: a longer number is a slip or an attack, never a target.
        if (!Amounts.withinDigits(number.group())) {
            return new Unreadable(new Bilingual("数字位数过多：小数点前至多 " + Amounts.MAX_INTEGER_DIGITS + " 位，之后至多 "
                    + Amounts.MAX_DECIMALS + " 位", "a number with too many digits: at most " + Amounts.MAX_INTEGER_DIGITS
                    + " before the point and " + Amounts.MAX_DECIMALS + " after it"));
        }
        String unit = rest.substring(number.end());
        if (NOT_A_UNIT.matcher(unit.strip()).find()) {
            Bilingual more = Excerpt.of(unit.strip());
            return new Unreadable(new Bilingual("数字“" + number.group() + "”之后还有数字或符号“" + more.zh()
                    + "”（区间或笔误）", "more after the number " + number.group() + ": '" + more.en()
                    + "' (a range or a typo)"));
        }
        BigDecimal value = new BigDecimal(number.group().replace(",", ""));
        return new Number(spelling.map(Map.Entry::getValue), new Quantity(value, Unit.of(unit)));
    }

    private static Optional<Map.Entry<String, Comparator>> comparatorAtStart(String text) {
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
