package jixiao.domain.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FundingLineTest {

    private static final BigDecimal INITIAL = new BigDecimal("508000.00");
    private static final BigDecimal ADJUSTED = new BigDecimal("480000.00");

    @Test
    void theBudgetInForceIsTheAdjustedOne() {
        assertEquals(Optional.of(ADJUSTED), FundingLine.of(INITIAL, ADJUSTED, null).budgetInForce());
    }

    @Test
    void withoutAnAdjustedBudgetTheInitialOneIsInForce() {
        assertEquals(Optional.of(INITIAL), FundingLine.of(INITIAL, null, null).budgetInForce());
    }

    @Test
    void aLineWithNoBudgetHasNoneInForce() {
        assertTrue(FundingLine.of(null, null, BigDecimal.TEN).budgetInForce().isEmpty());
    }

    @Test
    void aBlankCellCountsAsZeroInAmounts() {
        assertEquals(BigDecimal.ZERO, FundingLine.EMPTY.amount(FundingColumn.EXECUTED));
        assertEquals(INITIAL, FundingLine.of(INITIAL, null, null).amount(FundingColumn.INITIAL));
    }
}
