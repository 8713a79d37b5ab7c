package jixiao.tui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.util.List;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.monitoring.Monitor;
import jixiao.domain.monitoring.MonitoringReview;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.tui.Examples;
import org.junit.jupiter.api.Test;

class MonitoringSheetTest {

    private final MonitoringReturn july = Examples.monitored("工作服置装费").monitoring().orElseThrow();
    private final MonitoringReview lights = new Monitor(RuleSets.national2020()).review(july);

    private List<Line> lines(int width, int row, int column) {
        return new MonitoringSheet(Language.ZH, width, RoundingMode.HALF_UP).lines(july, lights, row, column);
    }

    @Test
    void theFundingBlockGivesTheBudgetWhatWasSpentToTheMonthItsRateAndTheForecast() {
        String total = lines(100, -1, -1).get(1).text();

        assertTrue(lines(100, -1, -1).get(0).text().contains("1–7月执行数"), lines(100, -1, -1).get(0).text());
        assertTrue(total.startsWith("年度资金总额"), total);
        assertTrue(total.contains("10,000.00      10,000.00  100.00%      10,000.00"), total);
    }

    @Test
    void eachIndicatorRowEndsInItsLightAsAWordInItsColour() {
        Line row = lines(100, -1, -1).get(9);

        assertTrue(row.text().contains("工作服数量") && row.text().contains("≥4(套)") && row.text().contains("4(套)"), row.text());
        Segment light = row.segments().stream().filter(part -> part.tone().name().startsWith("LIGHT_")).findFirst().orElseThrow();
        assertEquals("蓝", light.text(), "4 of 4 by July: 171.43%, far ahead");
    }

    @Test
    void everyLineIsAsWideAsTheScreenAtEightyAndAHundredColumns() {
        for (int width : new int[] {80, 100}) {
            for (Line line : lines(width, 6, 2)) {
                assertEquals(width, Columns.width(line.text()), line.text());
            }
        }
    }

    @Test
    void theSelectedCellIsMarkedAndLineOfFindsItsRow() {
        MonitoringSheet sheet = new MonitoringSheet(Language.ZH, 100, RoundingMode.HALF_UP);
        int row = 6;

        Line line = lines(100, row, 0).get(sheet.lineOf(row, july.indicators().size()));
        assertTrue(line.text().contains("工作服数量"), line.text());
        assertTrue(line.segments().stream().anyMatch(part -> part.tone() == Tone.CURSOR && part.text().startsWith("4(套)")));
        assertTrue(lines(100, 16, 0).get(sheet.lineOf(16, 11)).text().startsWith("总体目标完成情况"));
        assertTrue(lines(100, 17, 0).get(sheet.lineOf(17, 11)).text().matches("是否需要整改 +否 *"));
    }

    @Test
    void aWindowOfLinesIsThoseLinesOfTheWholeSheet() {
        MonitoringSheet sheet = new MonitoringSheet(Language.ZH, 80, RoundingMode.HALF_UP);
        List<Line> whole = sheet.lines(july, lights, 9, 3);

        assertEquals(MonitoringSheet.lineCount(11), whole.size());
        assertEquals(whole.subList(7, 19), sheet.lines(july, lights, 9, 3, 7, 12));
        assertEquals(whole.subList(20, whole.size()), sheet.lines(july, lights, 9, 3, 20, 50), "cut at the end");
    }

    @Test
    void theStatusLineGivesTheProjectAndBudgetLightsAndTheFindings() {
        Line status = new MonitoringSheet(Language.ZH, 100, RoundingMode.HALF_UP).status(lights, true);

        assertTrue(status.text().startsWith("项目灯 绿  预算灯 绿  执行率 100.00% 进度比 171.43%"), status.text());
        assertTrue(status.text().contains("*未保存"), status.text());
    }
}
