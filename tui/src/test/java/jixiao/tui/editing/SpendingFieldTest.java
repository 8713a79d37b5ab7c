package jixiao.tui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import jixiao.domain.project.FundingSource;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.tui.Examples;
import org.junit.jupiter.api.Test;

class SpendingFieldTest {

    private final MonitoringReturn july = Examples.justStartedMonitoring("工作服置装费").year().monitoring().orElseThrow();

    @Test
    void theMoneySpentToTheMonthAndTheForecastAreTypedAsAmounts() throws InvalidEntry {
        MonitoringReturn typed = new SpendingField(FundingSource.TOTAL, false).write(july, "3,000");
        typed = new SpendingField(FundingSource.TOTAL, true).write(typed, "１００００");

        assertEquals(0, new BigDecimal("3000").compareTo(typed.funding(FundingSource.TOTAL).executed().orElseThrow()));
        assertEquals("10,000.00", new SpendingField(FundingSource.TOTAL, true).printed(typed));
        assertThrows(InvalidEntry.class, () -> new SpendingField(FundingSource.FISCAL, false).write(july, "三千"));
    }

    @Test
    void theLabelNamesTheLineAsTheReturnsPaperDoesAndTheColumnWithItsMonths() {
        assertEquals("年度资金总额 1–7月执行数", new SpendingField(FundingSource.TOTAL, false).label(july).zh());
        assertEquals("其中：当年财政拨款 全年预计执行数", new SpendingField(FundingSource.FISCAL, true).label(july).zh());
    }
}
