package jixiao.domain.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FundingProgressTest {

    @Test
    void eitherFigureMayBeBlank() {
        FundingProgress spent = FundingProgress.of(new BigDecimal("2310000.00"), null);
        assertEquals(Optional.empty(), spent.forecast());
        assertEquals(FundingProgress.of(new BigDecimal("2310000.00"), new BigDecimal("4000000.00")),
                spent.withForecast(Optional.of(new BigDecimal("4000000.00"))));
        assertEquals(FundingProgress.EMPTY, spent.withExecuted(Optional.empty()));
    }

    @Test
    void blankIsEmptyNotNull() {
        assertThrows(NullPointerException.class, () -> new FundingProgress(null, Optional.empty()));
    }
}
