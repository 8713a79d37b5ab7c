package jixiao.domain.project;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Excerpt;
import jixiao.domain.language.HalfWidth;

/**
 * Money, weights and scores as people type them and the exchange formats write them: strings that
 * keep their decimals, with thousands separators and full-width digits allowed on input
 * ({@code 4,099,271.00}) and never written on output; printouts add them back ({@link #print}).
 */
public final class Amounts {

    /**
     * The most digits an amount may have before its decimal point: a trillion yuan has 13, and
     * spreadsheets keep 15 significant digits. Beyond it a number is a mistake or an attack, and
     * arithmetic on it would only be slow.
     */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** The most digits after the point: a workbook's 15 significant digits, all of them decimals. */
    public static final int MAX_DECIMALS = 15;

    private Amounts() {
    }

    /**
     * Empty for a blank cell; throws {@link NumberFormatException} with a reason for anything else
     * unreadable, or with more digits than {@link #MAX_INTEGER_DIGITS} and {@link #MAX_DECIMALS}.
     * The reason quotes an {@link Excerpt} of the text, never all of it.
     */
    public static Optional<BigDecimal> parse(String text) {
        String folded = HalfWidth.of(text).strip();
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        // Folded and checked once: an import parses every amount it reads; whyNot says why only when it is none.
        if (!isAmount(folded) || !withinDigits(folded)) {
            throw new NumberFormatException(whyNot(text).orElseThrow().en());
        }
        return Optional.of(new BigDecimal(folded.replace(",", "")));
    }

    /** Why the text is not an amount, quoting an {@link Excerpt} of it; empty when it is one, or blank. */
    public static Optional<Bilingual> whyNot(String text) {
        String folded = HalfWidth.of(text).strip();
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        if (!isAmount(folded)) {
            Bilingual shown = Excerpt.of(text);
            return Optional.of(new Bilingual("“" + shown.zh() + "”不是数字", "'" + shown.en() + "' is not a number"));
        }
        return withinDigits(folded) ? Optional.empty() : Optional.of(tooManyDigits(Excerpt.of(text)));
    }

    /** Whether the folded text is a minus sign at most, then {@link Numerals} and nothing else. */
    static boolean isAmount(String folded) {
        int start = folded.startsWith("-") ? 1 : 0;
        return Numerals.end(folded, start) == folded.length();
    }

    /**
     * Why a number already read (from JSON, say) is no amount: more digits than the limits. Its size
     * is checked before anything turns it into digits, so that {@code 1e100000000} costs nothing.
     */
    public static Optional<Bilingual> whyNot(BigDecimal number) {
        boolean within = number.precision() - number.scale() <= MAX_INTEGER_DIGITS && number.scale() <= MAX_DECIMALS;
        return within ? Optional.empty() : Optional.of(tooManyDigits(Excerpt.of(number.toString())));
    }

    private static Bilingual tooManyDigits(Bilingual shown) {
        return new Bilingual("“" + shown.zh() + "”位数过多：小数点前至多 " + MAX_INTEGER_DIGITS + " 位，之后至多 "
                + MAX_DECIMALS + " 位", "'" + shown.en() + "' has more than " + MAX_INTEGER_DIGITS
                + " digits before the point or " + MAX_DECIMALS + " after it");
    }

    /**
     * Whether a number written in digits (a sign, thousands separators and a point allowed) has no
     * more digits than {@link #MAX_INTEGER_DIGITS} before its point and {@link #MAX_DECIMALS} after.
     */
    public static boolean withinDigits(String number) {
        int point = number.indexOf('.');
        int integer = 0;
        for (int i = 0; i < (point < 0 ? number.length() : point); i++) {
            integer += Character.isDigit(number.charAt(i)) ? 1 : 0;
        }
        return integer <= MAX_INTEGER_DIGITS && (point < 0 || number.length() - point - 1 <= MAX_DECIMALS);
    }

    public static String write(Optional<BigDecimal> amount) {
        return amount.map(BigDecimal::toPlainString).orElse("");
    }

    /**
     * An amount as the paper forms print it: thousands separators and two decimals
     * ({@code 4,099,271.00}), more where the amount has them, so that printing never rounds money.
     */
    public static String print(BigDecimal amount) {
        int decimals = Math.max(2, amount.stripTrailingZeros().scale());
        return String.format(Locale.ROOT, "%,." + decimals + "f", amount);
    }
}
