package jixiao.domain.project;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import jixiao.domain.language.HalfWidth;

/**
 * Money, weights and scores as people type them and the exchange formats write them: strings that
 * keep their decimals, with thousands separators and full-width digits allowed on input
 * ({@code 4,099,271.00}) and never written on output; printouts add them back ({@link #print}).
 */
public final class Amounts {

    private static final Pattern AMOUNT =
            Pattern.compile("-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

    private Amounts() {
    }

    /** Empty for a blank cell; throws {@link NumberFormatException} with a reason for anything else unreadable. */
    public static Optional<BigDecimal> parse(String text) {
        String folded = HalfWidth.of(text).strip();
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        if (!AMOUNT.matcher(folded).matches()) {
            throw new NumberFormatException("'" + text + "' is not a number");
        }
        return Optional.of(new BigDecimal(folded.replace(",", "")));
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
