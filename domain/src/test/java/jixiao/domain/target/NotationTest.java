package jixiao.domain.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Notation reads numbers by hand, without a regular expression per cell; these hold it to the
 * expressions it replaced, on the cases the forms have and on generated text.
 */
class NotationTest {

    private static final Pattern NUMBER =
            Pattern.compile("[-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|[-+]?\\.\\d+");
    private static final Pattern NOT_A_UNIT = Pattern.compile("[\\d<>=≥≤≧≦]|^[.,;:、，。]");
    private static final String ALPHABET = "0123456789,,,..-+ 个%<>=≥≤≧≦;:、，。a(）";

    @Test
    void aNumberEndsWhereTheRegularExpressionItReplacedEndedOnTheFormsCases() {
        for (String text : new String[] {"20", "20.00(个)", "1,234,567.89万元", "1,2345", "1234,567", "12,345,67",
                "-5%", "+.5", ".5", "-.", "+", "", "1.", "1.x", "1,23", ",123", "12,345.6.7", "999,999,999,999.99"}) {
            assertEquals(regexEnd(text), Notation.numberEnd(text), text);
        }
    }

    @Test
    void aNumberEndsWhereTheRegularExpressionItReplacedEndedOnGeneratedText() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 200_000; i++) {
            String text = generated(random);
            assertEquals(regexEnd(text), Notation.numberEnd(text), () -> "seed " + seed + ": '" + text + "'");
            assertEquals(NOT_A_UNIT.matcher(text).find(), Notation.notAUnit(text), () -> "seed " + seed + ": '" + text + "'");
        }
    }

    @Test
    void aGroupedNumberWithItsUnitReadsAsOneQuantity() {
        Notation.Number number = assertInstanceOf(Notation.Number.class, Notation.read("≥１,２３４.５(个)"));
        assertEquals(Comparator.AT_LEAST, number.comparator().orElseThrow());
        assertEquals(new BigDecimal("1234.5"), number.quantity().number());
    }

    @Test
    void aSecondNumberAfterTheFirstIsUnreadable() {
        assertInstanceOf(Notation.Unreadable.class, Notation.read("1,2345"));
        assertInstanceOf(Notation.Unreadable.class, Notation.read("10-20个"));
    }

    private static int regexEnd(String text) {
        Matcher matcher = NUMBER.matcher(text);
        return matcher.lookingAt() ? matcher.end() : -1;
    }

    private static String generated(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
