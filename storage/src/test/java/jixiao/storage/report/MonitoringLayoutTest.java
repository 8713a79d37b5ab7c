package jixiao.storage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Columns;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;
import jixiao.storage.demo.DemoForms;
import jixiao.storage.demo.FullYear;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;

/** 项目支出绩效目标执行监控表: monitoring.md's header, funding and indicator columns, every light in words. */
class MonitoringLayoutTest {

    private final ProjectYear monitored = FullYear.monitored();

    @Test
    void theHeaderTheFundingAndTheIndicatorsStandWhereMonitoringMdPutsThem() throws IOException {
        PrintedWorkbook book = PrintedWorkbook.of(List.of(monitored), StageKind.MONITORING);
        String sheet = book.sheetNames().get(0);
        assertEquals("项目支出绩效目标执行监控表", book.text(sheet, 0, 0));
        assertEquals("（2025年度 1–7月）", book.text(sheet, 1, 0));
        assertEquals(List.of("项目名称", "主管部门"), List.of(book.text(sheet, 2, 0), book.text(sheet, 2, 6)));
        assertEquals(List.of("实施单位", "预算年度", "2025", "监控月份", "1–7月"), List.of(book.text(sheet, 3, 0),
                book.text(sheet, 3, 6), book.text(sheet, 3, 7), book.text(sheet, 3, 9), book.text(sheet, 3, 10)));
        assertEquals(List.of("年初预算数", "调整预算数（全年预算数）", "1–7月执行数", "执行率", "全年预计执行数", "偏差原因", "预警"),
                List.of(book.text(sheet, 4, 3), book.text(sheet, 4, 4), book.text(sheet, 4, 5), book.text(sheet, 4, 6),
                        book.text(sheet, 4, 7), book.text(sheet, 4, 9), book.text(sheet, 4, 11)));
        assertEquals(List.of("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "1–7月实际完成值", "全年预计完成值",
                "完成目标可能性", "偏差原因", "原因说明", "纠偏措施", "预警"), book.texts(sheet).get(MonitoringLayout.HEADER_ROW));
        int row = MonitoringLayout.HEADER_ROW + 2;
        assertEquals(List.of("工作服数量", "≥6(套)", "2(套)", "6(套)", "有可能", "经费保障、其他"), List.of(book.text(sheet, row, 3),
                book.text(sheet, row, 4), book.text(sheet, row, 5), book.text(sheet, row, 6), book.text(sheet, row, 7),
                book.text(sheet, row, 8)));
        int rectify = book.row(sheet, 0, "是否需要整改");
        assertEquals(List.of("否", "整改措施"), List.of(book.text(sheet, rectify, 2), book.text(sheet, rectify, 3)));
        assertTrue(book.text(sheet, rectify + 1, 2).startsWith("红（预算 红"), book.text(sheet, rectify + 1, 2));
    }

    @Test
    void moneyAndRatesAreNumbersAndEveryLightIsAWord() throws IOException {
        PrintedWorkbook book = PrintedWorkbook.of(List.of(monitored), StageKind.MONITORING);
        String sheet = book.sheetNames().get(0);
        int total = MonitoringLayout.FUNDING_ROW + 1;
        Cell adjusted = book.cell(sheet, total, 4).orElseThrow();
        assertEquals(CellType.NUMBER, adjusted.getType());
        assertEquals(0, new BigDecimal("12000.00").compareTo(adjusted.asNumber()), "the adjusted budget in force");
        Cell rate = book.cell(sheet, total, 6).orElseThrow();
        assertEquals(0, new BigDecimal("0.25").compareTo(rate.asNumber()), "3,000 of 12,000");
        assertEquals("0.00%", rate.getDataFormatString());
        assertEquals("红", book.text(sheet, total, 11), "25.00% against 58.33% of the year is red");
        List<String> lights = book.texts(sheet).subList(MonitoringLayout.HEADER_ROW + 1,
                MonitoringLayout.HEADER_ROW + 1 + monitored.latestForm().indicators().size()).stream()
                .map(row -> row.size() > 11 ? row.get(11) : "").toList();
        assertEquals(List.of("绿", "红"), lights.subList(0, 2), "2 of the 6 sets adjusted is 57.14% of the schedule");
        assertTrue(lights.subList(2, lights.size()).stream().allMatch("未亮灯"::equals), "nothing reported lights nothing");
    }

    @Test
    void printsOnA4LandscapeAndSaysContinuedOnLaterPages() throws IOException {
        ProjectYear large = DemoForms.read(DemoForms.MONITORING).years().get(0);
        PrintedWorkbook book = PrintedWorkbook.of(List.of(large), StageKind.MONITORING);
        String sheet = book.part("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("paperSize=\"9\"") && sheet.contains("orientation=\"landscape\""), "A4 landscape");
        assertTrue(sheet.contains("信息化运维项目（续表）"), "pages after the first say 续表");
        List<Grid> pages = Pagination.pages(FormLayout.of(Fixtures.form(large, StageKind.MONITORING)));
        assertTrue(pages.size() > 1, "39 indicators take more than a page");
        assertTrue(pages.get(1).cells().stream().anyMatch(cell -> cell.text().equals("1–7月实际完成值")),
                "the table header again on the next page");
    }

    @Test
    void theColumnsFillTheLandscapePageAndTheTextFitsItsWidth() {
        Grid grid = FormLayout.of(Fixtures.form(monitored, StageKind.MONITORING));
        assertEquals(MonitoringLayout.PAGE_UNITS, grid.width(0, grid.columns() - 1));
        List<String> lines = new Reports(RuleSets.national2020(), 120)
                .lines(List.of(monitored), Optional.of(StageKind.MONITORING));
        assertEquals(120, lines.stream().mapToInt(Columns::width).max().orElseThrow());
        assertTrue(String.join("\n", lines).contains("工作服数量"));
    }
}
