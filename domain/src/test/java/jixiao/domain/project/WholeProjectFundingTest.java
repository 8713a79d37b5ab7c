package jixiao.domain.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WholeProjectFundingTest {

    @Test
    void anEmptyBlockIsEmptyAndAddsUp() {
        assertTrue(WholeProjectFunding.EMPTY.isEmpty());
        assertTrue(WholeProjectFunding.EMPTY.addsUp());
    }

    @Test
    void theTotalIsTheFiscalPlusTheOtherFunding() {
        assertTrue(WholeProjectFunding.of(new BigDecimal("12000000.00"), new BigDecimal("10000000.00"),
                new BigDecimal("2000000.00")).addsUp());
        assertFalse(WholeProjectFunding.of(new BigDecimal("12000000.00"), new BigDecimal("10000000.00"), null).addsUp());
    }

    @Test
    void aTotalWithBothPartsBlankLeavesNothingToAddUp() {
        assertTrue(WholeProjectFunding.of(new BigDecimal("5"), null, null).addsUp());
    }

    @Test
    void withersChangeOneCell() {
        WholeProjectFunding funding = WholeProjectFunding.EMPTY.withTotal(Optional.of(BigDecimal.TEN))
                .withFiscal(Optional.of(BigDecimal.ONE)).withOther(Optional.of(new BigDecimal("9")));
        assertEquals(WholeProjectFunding.of(BigDecimal.TEN, BigDecimal.ONE, new BigDecimal("9")), funding);
        assertTrue(funding.addsUp());
    }
}
