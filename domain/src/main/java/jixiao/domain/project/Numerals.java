package jixiao.domain.project;

/**
 * How the forms write a number in ASCII digits (after {@link jixiao.domain.language.HalfWidth}):
 * digits grouped by thousands ({@code 1,234,567}) or not, then decimals. Scanned by hand, as the
 * regular expression {@code (?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?} would match from a point: every
 * amount and target of an import goes through here, and a regex per cell was its hottest reading.
 * {@code NumeralsTest} holds the two to each other.
 */
public final class Numerals {

    private Numerals() {
    }

    /** Where the number starting at {@code from} ends, or -1 where no digit starts there. */
    public static int end(String text, int from) {
        int digits = digitsFrom(text, from);
        if (digits == 0) {
            return -1;
        }
        int end = from + digits;
        if (digits <= 3) {
            while (end + 4 <= text.length() && text.charAt(end) == ',' && digitsFrom(text, end + 1) >= 3) {
                end += 4; // one ",ddd" group; a fourth digit after it is not the number's
            }
        }
        int decimals = decimalsEnd(text, end);
        return decimals < 0 ? end : decimals;
    }

    /** Where {@code .ddd} starting at {@code from} ends, or -1 where there is none. */
    public static int decimalsEnd(String text, int from) {
        if (from >= text.length() || text.charAt(from) != '.') {
            return -1;
        }
        int digits = digitsFrom(text, from + 1);
        return digits == 0 ? -1 : from + 1 + digits;
    }

    private static int digitsFrom(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return end - from;
    }
}
