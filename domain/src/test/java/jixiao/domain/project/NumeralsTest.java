package jixiao.domain.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Numerals scans by hand what regular expressions matched before; these hold it to them. */
class NumeralsTest {

    private static final Pattern NUMERAL = Pattern.compile("(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
    private static final Pattern AMOUNT = Pattern.compile("-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
    private static final String ALPHABET = "0123456789,,,..-- x";

    @Test
    void aNumeralEndsWhereTheRegularExpressionEndedOnTheFormsCases() {
        for (String text : new String[] {"4,099,271.00", "20.00", "1,2345", "1234,567", "12,345,67", "1.", "1.x",
                "1,23", ",123", ".5", "", "12,345.6.7", "999,999,999,999.99"}) {
            assertEquals(regexEnd(text, 0), Numerals.end(text, 0), text);
            assertEquals(AMOUNT.matcher(text).matches(), Amounts.isAmount(text), text);
        }
    }

    @Test
    void aNumeralEndsWhereTheRegularExpressionEndedOnGeneratedText() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 200_000; i++) {
            String text = generated(random);
            int from = text.isEmpty() ? 0 : random.nextInt(text.length());
            assertEquals(regexEnd(text, from), Numerals.end(text, from), () -> "seed " + seed + ": '" + text + "' from " + from);
            assertEquals(AMOUNT.matcher(text).matches(), Amounts.isAmount(text), () -> "seed " + seed + ": '" + text + "'");
        }
    }

    private static int regexEnd(String text, int from) {
        Matcher matcher = NUMERAL.matcher(text).region(from, text.length());
        return matcher.lookingAt() ? matcher.end() : -1;
    }

    private static String generated(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(14);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
