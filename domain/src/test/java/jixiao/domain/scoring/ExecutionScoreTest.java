package jixiao.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import jixiao.domain.project.FundingLine;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.api.Test;

class ExecutionScoreTest {

    private final ExecutionScore cutOffOnTheForm = new ExecutionRule(RuleSets.national2020())
            .score(FundingLine.of(new BigDecimal("50.80"), new BigDecimal("50.80"), new BigDecimal("47.34")));

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

    @Test
    void theRateRoundedDownIsWhatAFormThatCutsOffPrints() {
        assertEquals(Optional.of(new BigDecimal("93.19")), cutOffOnTheForm.rate());
        assertEquals(Optional.of(new BigDecimal("93.18")), cutOffOnTheForm.rateRounded(RoundingMode.DOWN));
    }

    @Test
    void thePreciseRateHasSixDecimals() {
        assertEquals(Optional.of(new BigDecimal("93.188976")), cutOffOnTheForm.preciseRate());
    }

    @Test
    void noBudgetMeansNoRateHoweverRounded() {
        ExecutionScore none = new ExecutionRule(RuleSets.national2020())
                .score(FundingLine.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE));
        assertEquals(Optional.empty(), none.rateRounded(RoundingMode.DOWN));
        assertEquals(Optional.empty(), none.preciseRate());
    }
}
