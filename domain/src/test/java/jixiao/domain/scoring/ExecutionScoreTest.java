package jixiao.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExecutionScoreTest {

    @Test
    void theRateIsRoundedOnceAsTheRuleSetSays() {
        assertEquals(Optional.of(new BigDecimal("93.19")),
                ExecutionScore.rate(new BigDecimal("47.34"), new BigDecimal("50.80"), RoundingMode.HALF_UP));
        assertEquals(Optional.of(new BigDecimal("93.18")),
                ExecutionScore.rate(new BigDecimal("47.34"), new BigDecimal("50.80"), RoundingMode.DOWN));
    }

    @Test
    void aBudgetOfZeroHasNoRate() {
        assertEquals(Optional.empty(), ExecutionScore.rate(BigDecimal.ONE, new BigDecimal("0.00"), RoundingMode.HALF_UP));
    }
}
