package jixiao.domain.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void aBlankCellIsNoAmount() {
        assertEquals(Optional.empty(), Amounts.parse("  "));
    }

    @Test
    void thousandsSeparatorsAreReadAndTheScaleIsKept() {
        assertEquals(Optional.of(new BigDecimal("4099271.00")), Amounts.parse("4,099,271.00"));
    }

    @Test
    void fullWidthDigitsAreFolded() {
        assertEquals(Optional.of(new BigDecimal("12.5")), Amounts.parse("１２．５"));
    }

    @Test
    void misplacedSeparatorsAreRefusedWithTheText() {
        NumberFormatException refused = assertThrows(NumberFormatException.class, () -> Amounts.parse("40,99"));
        assertEquals("'40,99' is not a number", refused.getMessage());
    }

    @Test
    void moreDigitsThanAnyBudgetAreRefusedWithoutRepeatingThem() {
        assertEquals(Optional.of(new BigDecimal("999999999999999.999999999999999")),
                Amounts.parse("999,999,999,999,999.999999999999999"));
        NumberFormatException tooLong = assertThrows(NumberFormatException.class, () -> Amounts.parse("1".repeat(100_000)));
        assertEquals("'" + "1".repeat(40) + "… (100000 characters)' has more than 15 digits before the point or 15 after it",
                tooLong.getMessage());
        assertThrows(NumberFormatException.class, () -> Amounts.parse("1." + "0".repeat(16)));
    }

    @Test
    void aNumberReadElsewhereIsMeasuredWithoutWritingOutItsDigits() {
        assertEquals(Optional.empty(), Amounts.whyNot(new BigDecimal("485.55")));
        assertTrue(Amounts.whyNot(new BigDecimal("1e100000000")).orElseThrow().en().startsWith("'1E+100000000' has more"));
        assertTrue(Amounts.whyNot(new BigDecimal("1e-999999999")).isPresent());
    }

    @Test
    void anExponentIsNotAnAmount() {
        assertThrows(NumberFormatException.class, () -> Amounts.parse("1e100000000"));
    }

    @Test
    void writingKeepsThePlainDecimalAndLeavesNothingBlank() {
        assertEquals("1000.50", Amounts.write(Optional.of(new BigDecimal("1.00050E3"))));
        assertEquals("", Amounts.write(Optional.empty()));
    }

    @Test
    void printingAddsThousandsSeparatorsAndTwoDecimals() {
        assertEquals("4,099,271.00", Amounts.print(new BigDecimal("4099271")));
        assertEquals("485.55", Amounts.print(new BigDecimal("485.55")));
        assertEquals("-1,000.50", Amounts.print(new BigDecimal("-1000.5")));
        assertEquals("0.00", Amounts.print(BigDecimal.ZERO));
    }

    @Test
    void printingNeverRoundsAwayAFractionOfMoney() {
        assertEquals("12,345.125", Amounts.print(new BigDecimal("12345.1250")));
    }
}
