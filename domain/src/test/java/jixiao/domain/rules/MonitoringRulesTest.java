package jixiao.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import jixiao.domain.target.Unit;
import org.junit.jupiter.api.Test;

class MonitoringRulesTest {

    private final MonitoringRules national = RuleSets.national2020().monitoring();

    @Test
    void national2020HasTheThresholdsOfMonitoringMd() {
        assertEquals(new BigDecimal("60"), national.yellowFrom());
        assertEquals(new BigDecimal("80"), national.greenFrom());
        assertEquals(new BigDecimal("120"), national.blueFrom());
    }

    @Test
    void countsAmountsAndPeopleAccumulateButRatesAndDeadlinesDoNot() {
        for (String unit : List.of("个", "次", "人", "家", "万元", "人次", "条", "套")) {
            assertTrue(national.accumulates(new Unit(unit)), unit);
        }
        for (String unit : List.of("%", "分", "天", "小时", "次/季", "")) {
            assertFalse(national.accumulates(new Unit(unit)), unit);
        }
    }

    @Test
    void aRuleSetFileMayListItsOwnUnitsSeparatedAsChineseTextIs() throws Exception {
        RuleSet mine = RuleSets.read(new StringReader("monitoring.accumulating = 个，次、户 人\n"));
        assertEquals(List.of("个", "次", "户", "人"), mine.monitoring().accumulatingUnits());
        assertEquals(mine, RuleSets.read(new StringReader(RuleSets.write(mine))));
    }

    @Test
    void aProvinceWithOnlyRedAndGreenSetsYellowEqualToGreen() throws Exception {
        RuleSet redGreen = RuleSets.read(new StringReader("monitoring.yellowFrom = 80\n"));
        assertEquals(redGreen.monitoring().yellowFrom(), redGreen.monitoring().greenFrom());
    }

    @Test
    void thresholdsThatDoNotRiseAreRejectedByName() {
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class,
                () -> RuleSets.read(new StringReader("monitoring.greenFrom = 50\n")));
        assertTrue(e.problems().get(0).en().contains("monitoring.yellowFrom (60) must not be above monitoring.greenFrom (50)"),
                e.problems().toString());
        assertThrows(IllegalArgumentException.class,
                () -> new MonitoringRules(BigDecimal.ONE.negate(), BigDecimal.ONE, BigDecimal.TEN, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new MonitoringRules(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN, List.of(" ")));
    }

    @Test
    void anUnreadableThresholdIsReportedByItsKey() {
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class,
                () -> RuleSets.read(new StringReader("monitoring.blueFrom = lots\n")));
        assertTrue(e.problems().get(0).en().contains("monitoring.blueFrom: cannot read 'lots'"), e.problems().toString());
    }
}
