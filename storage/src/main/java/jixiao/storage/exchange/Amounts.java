package jixiao.storage.exchange;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Money, weights and scores as the exchange formats write them: strings that keep their decimals,
 * with thousands separators allowed on input ({@code 4,099,271.00}) and never written on output.
 */
public final class Amounts {

    private static final Pattern AMOUNT =
            Pattern.compile("-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

    private Amounts() {
    }

    /** Empty for a blank cell; throws {@link NumberFormatException} with a reason for anything else unreadable. */
    public static Optional<BigDecimal> parse(String text) {
        String folded = foldWidth(text == null ? "" : text).strip();
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

    private static String foldWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        return out.toString();
    }
}
