package jixiao.domain.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Month;
import java.util.Optional;
import jixiao.domain.Forms;
import jixiao.domain.Returns;
import jixiao.domain.language.Language;
import jixiao.domain.project.FundingSource;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.stage.FundingProgress;
import jixiao.domain.stage.MonitoringReturn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The budget light: r = 执行率 ÷ (M/12). */
class BudgetRuleTest {

    private final Monitor monitor = new Monitor(RuleSets.national2020());

    @Test
    void explainsTheRateAndTheRateAgainstTheSchedule() {
        BudgetLight light = budget(Returns.of(Month.JULY).budget("4000000.00", "2310000.00"));
        assertEquals(Optional.of(new BigDecimal("57.75")), light.rate());
        assertEquals(Optional.of(new BigDecimal("99.00")), light.ratio());
        assertEquals(Optional.of(Light.GREEN), light.light());
        assertTrue(light.explanation().in(Language.ZH)
                .contains("执行率 = 1–7月执行数 ÷ 调整预算数 = 2310000.00 ÷ 4000000.00 × 100 = 57.75%"),
                light.explanation().toString());
        assertTrue(light.explanation().in(Language.ZH).contains("执行率 57.75% ÷ (7/12) = 99.00% → 绿"),
                light.explanation().toString());
        assertTrue(light.explanation().in(Language.EN).contains("execution rate 57.75% ÷ (7/12) = 99.00% → green"),
                light.explanation().toString());
    }

    @ParameterizedTest(name = "{0} of 10000.00 spent by December is {1} % → {2}")
    @CsvSource({"5999.00,59.99,RED", "6000.00,60.00,YELLOW", "7999.00,79.99,YELLOW", "8000.00,80.00,GREEN",
        "11999.00,119.99,GREEN", "12000.00,120.00,GREEN"})
    void eachThresholdEdgeFallsOnTheSideMonitoringMdSaysAndABudgetIsNeverBlue(String executed, String ratio,
            Light light) {
        BudgetLight lit = budget(Returns.of(Month.DECEMBER).budget("10000.00", executed));
        assertEquals(Optional.of(new BigDecimal(ratio)), lit.ratio());
        assertEquals(Optional.of(light), lit.light());
    }

    @Test
    void theRateIsRoundedAsTheRuleSetRoundsExecutionRatesBeforeItIsComparedWithTheSchedule() throws Exception {
        MonitoringReturn form = Returns.of(Month.JUNE).budget("50.80", "47.34").build();
        assertEquals(Optional.of(new BigDecimal("93.19")), monitor.review(form).budget().rate());
        BudgetLight cut = new Monitor(RuleSets.read(new StringReader("executionRateRounding = DOWN"))).review(form).budget();
        assertEquals(Optional.of(new BigDecimal("93.18")), cut.rate());
        assertEquals(Optional.of(new BigDecimal("186.36")), cut.ratio());
        assertTrue(cut.explanation().in(Language.EN).get(1).endsWith("= 93.18% (DOWN)"), cut.explanation().toString());
    }

    @Test
    void withoutAnAdjustedBudgetTheInitialOneIsTheBase() {
        MonitoringReturn form = MonitoringReturn.start(Forms.form()
                .line(FundingSource.TOTAL, "200.00", null, null).build(), Month.JUNE)
                .withFunding(FundingSource.TOTAL, FundingProgress.of(new BigDecimal("50.00"), null));
        BudgetLight light = monitor.review(form).budget();
        assertEquals(Optional.of(new BigDecimal("25.00")), light.rate());
        assertEquals(Optional.of(Light.RED), light.light());
        assertTrue(light.explanation().in(Language.ZH).get(1).contains("÷ 年初预算数"), light.explanation().toString());
    }

    @Test
    void nothingExecutedYetOrNoBudgetLightsNothing() {
        BudgetLight notReported = budget(Returns.of(Month.JULY).budget("100.00", null));
        assertEquals(Optional.empty(), notReported.light());
        assertTrue(notReported.explanation().in(Language.ZH).contains("未填1–7月执行数：无法亮灯"),
                notReported.explanation().toString());
        assertEquals(Optional.empty(), budget(Returns.of(Month.JULY).budget("0.00", "10.00")).light());
        assertEquals(Optional.empty(), budget(Returns.of(Month.JULY).budget(null, "10.00")).light());
    }

    private BudgetLight budget(Returns form) {
        return monitor.review(form.build()).budget();
    }
}
