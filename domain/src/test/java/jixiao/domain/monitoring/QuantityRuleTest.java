package jixiao.domain.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Month;
import java.util.Optional;
import jixiao.domain.Returns;
import jixiao.domain.language.Language;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quantities that accumulate: r = progress ÷ (target × M/12), with the thresholds of national-2020. */
class QuantityRuleTest {

    private final Monitor monitor = new Monitor(RuleSets.national2020());

    @ParameterizedTest(name = "{0} of 10000 in December is {1} % → {2}")
    @CsvSource({"5999,59.99,RED", "6000,60.00,YELLOW", "7999,79.99,YELLOW", "8000,80.00,GREEN",
        "11999,119.99,GREEN", "12000,120.00,BLUE", "0,0.00,RED"})
    void eachThresholdEdgeFallsOnTheSideMonitoringMdSays(String progress, String ratio, Light light) {
        IndicatorLight lit = light("≥10000(个)", progress + "(个)", Month.DECEMBER);
        assertEquals(Optional.of(new BigDecimal(ratio)), lit.ratio());
        assertEquals(Optional.of(light), lit.light());
        assertEquals(LightRule.QUANTITY, lit.rule());
    }

    @ParameterizedTest(name = "{0} of 1200 by month {1} is {2} %")
    @CsvSource({"420,6,70.00", "700,7,100.00", "100,1,100.00", "1100,11,100.00", "160,7,22.86"})
    void theTargetIsProratedByTheMonthsElapsed(String progress, int month, String ratio) {
        assertEquals(Optional.of(new BigDecimal(ratio)), light("≥1200(次)", progress, Month.of(month)).ratio());
    }

    @Test
    void theLightIsReadFromTheRoundedFigureTheExplanationShows() {
        IndicatorLight lit = light("≥200000(人)", "119990(人)", Month.DECEMBER);
        assertEquals(Optional.of(new BigDecimal("60.00")), lit.ratio());
        assertEquals(Optional.of(Light.YELLOW), lit.light());
    }

    @Test
    void moneyAndPeopleAccumulateAsCountsDo() {
        assertEquals(Optional.of(Light.RED), light("≥100(万元)", "10(万元)", Month.JULY).light());
        assertEquals(Optional.of(Light.BLUE), light(">10(人)", "10(人)", Month.JUNE).light());
        assertEquals(Optional.of(Light.GREEN), light("=4(次)", "2(次)", Month.JUNE).light());
    }

    @Test
    void aUnitThatDoesNotAccumulateIsNotProrated() {
        IndicatorLight lit = light("≥4(次/季)", "4(次/季)", Month.JULY);
        assertEquals(LightRule.LEVEL, lit.rule());
        assertEquals(Optional.empty(), lit.ratio());
    }

    @Test
    void aTargetOfNothingIsNotProrated() {
        assertEquals(LightRule.LEVEL, light("≥0(个)", "0(个)", Month.JULY).rule());
    }

    @Test
    void aRuleSetMayCountMoreUnitsAndMoveTheThresholds() throws Exception {
        Monitor provincial = new Monitor(RuleSets.read(new StringReader(
                "monitoring.accumulating = 卷\nmonitoring.yellowFrom = 80\nmonitoring.blueFrom = 150\n")));
        IndicatorLight lit = provincial.review(Returns.of(Month.DECEMBER).indicator("≥100(卷)", "79(卷)").build())
                .indicator(0);
        assertEquals(Optional.of(Light.RED), lit.light());
        assertTrue(lit.explanation().in(Language.ZH).get(0).endsWith("红 < 80% ≤ 黄 < 80% ≤ 绿 < 150% ≤ 蓝"),
                lit.explanation().toString());
        assertEquals(LightRule.LEVEL, provincial.review(Returns.of(Month.JULY).indicator("≥1(个)", "1(个)").build())
                .indicator(0).rule());
    }

    private IndicatorLight light(String target, String progress, Month month) {
        return monitor.review(Returns.of(month).indicator(target, progress).build()).indicator(0);
    }
}
