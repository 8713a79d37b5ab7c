package jixiao.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import jixiao.domain.language.Language;
import jixiao.domain.project.FundingLine;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Budget execution, checked against the published forms (scoring.md §1). */
class ExecutionRuleTest {

    private final ExecutionRule rule = new ExecutionRule(RuleSets.national2020());

    @ParameterizedTest(name = "{2} of {1} adjusted → {3} % → {4}")
    @CsvSource({
        "485.55,485.55,480.42,98.94,9.89",
        "301.96,301.96,256.65,84.99,8.50",
        "15.74,15.74,0.00,0.00,0.00",
        "799.03,849.03,798.36,94.03,9.40",
        "50.80,50.80,47.34,93.19,9.32",
        "5.00,5.00,5.00,100.00,10.00",
        "100,100,120,120.00,10.00"})
    void ratesExecutedOverAdjustedAndScoresTheCappedRatio(String initial, String adjusted, String executed,
            String rate, String score) {
        ExecutionScore result = rule.score(FundingLine.of(new BigDecimal(initial), new BigDecimal(adjusted),
                new BigDecimal(executed)));
        assertEquals(new BigDecimal(rate), result.rate().orElseThrow());
        assertEquals(new BigDecimal(score), result.score());
    }

    @Test
    void anAdjustedBudgetOfZeroHasNoRateAndScoresZero() {
        ExecutionScore result = rule.score(FundingLine.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE));
        assertEquals(Optional.empty(), result.rate());
        assertEquals(new BigDecimal("0.00"), result.score());
        assertTrue(result.explanation().in(Language.EN).get(0).contains("the adjusted budget is 0"));
    }

    @ParameterizedTest(name = "adjusted {0}, executed {1}: no marks")
    @CsvSource({"-100,50", "100,-50", "-100,-100"})
    void aNegativeBudgetOrExecutedAmountEarnsNoMarks(String adjusted, String executed) {
        ExecutionScore result = rule.score(FundingLine.of(null, new BigDecimal(adjusted), new BigDecimal(executed)));
        assertEquals(Optional.empty(), result.rate());
        assertEquals(new BigDecimal("0.00"), result.score());
        assertTrue(result.explanation().in(Language.EN).get(0).contains("negative"));
    }

    @Test
    void blankCellsCountAsZero() {
        ExecutionScore result = rule.score(FundingLine.of(null, new BigDecimal("10"), null));
        assertEquals(new BigDecimal("0.00"), result.rate().orElseThrow());
    }

    @Test
    void knowsTheRateCutOffInsteadOfRounded() {
        ExecutionScore result = rule.score(FundingLine.of(null, new BigDecimal("50.80"), new BigDecimal("47.34")));
        assertEquals(new BigDecimal("93.18"), result.rateRounded(RoundingMode.DOWN).orElseThrow());
        assertEquals(new BigDecimal("93.188976"), result.preciseRate().orElseThrow());
    }

    @Test
    void explainsTheRateAndTheScoreWithTheRealNumbers() {
        ExecutionScore result = rule.score(FundingLine.of(null, new BigDecimal("301.96"), new BigDecimal("256.65")));
        assertEquals("执行率 = 全年执行数 / 全年预算数: 256.65 / 301.96 × 100 = 84.99%",
                result.explanation().in(Language.ZH).get(0));
        assertEquals("execution score = rate (at most 100 %) × weight: 256.65 / 301.96 × 10.00 = 8.50",
                result.explanation().in(Language.EN).get(1));
    }
}
