package jixiao.storage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jixiao.domain.stage.StageKind;
import jixiao.storage.demo.FullYear;
import org.junit.jupiter.api.Test;

/** 项目支出绩效目标调整表: what the adjustment changed beside what was declared, its reason and date. */
class AdjustmentLayoutTest {

    @Test
    void eachChangedRowStandsBesideItsDeclaredTarget() throws IOException {
        PrintedWorkbook book = PrintedWorkbook.of(List.of(FullYear.adjusted()), StageKind.ADJUSTMENT);
        String sheet = book.sheetNames().get(0);
        assertEquals("项目支出绩效目标调整表", book.text(sheet, 0, 0));
        assertEquals(List.of("批复日期", "2025-06-20"), List.of(book.text(sheet, 3, 4), book.text(sheet, 3, 5)));
        int header = book.row(sheet, 0, "调整指标");
        assertEquals(List.of("原指标值", "调整后指标值"), List.of(book.text(sheet, header, 6), book.text(sheet, header, 7)));
        assertEquals(List.of("第2行 工作服数量", "≥4(套)", "≥6(套)"), List.of(book.text(sheet, header + 1, 3),
                book.text(sheet, header + 1, 6), book.text(sheet, header + 1, 7)));
        int reason = book.row(sheet, 0, "调整原因");
        assertEquals("新增两个医保服务窗口，工作人员增加", book.text(sheet, reason, 1));
    }

    @Test
    void theBudgetsChangedAreNumbersBesideTheInitialOnes() throws IOException {
        PrintedWorkbook book = PrintedWorkbook.of(List.of(FullYear.adjusted()), StageKind.ADJUSTMENT);
        String sheet = book.sheetNames().get(0);
        int total = AdjustmentLayout.FUNDING_ROW + 1;
        assertEquals(0, new BigDecimal("10000.00").compareTo(book.cell(sheet, total, 4).orElseThrow().asNumber()));
        assertEquals(0, new BigDecimal("12000.00").compareTo(book.cell(sheet, total, 6).orElseThrow().asNumber()));
        assertEquals("—", book.text(sheet, total + 2, 6), "上年结转资金 was not adjusted");
    }

    @Test
    void anAdjustmentWithoutAReasonSaysSoUnderTheForm() {
        List<String> lines = Fixtures.reports().lines(List.of(FullYear.declaration().startAdjustment()),
                Optional.of(StageKind.ADJUSTMENT));
        String text = String.join("\n", lines);
        assertTrue(text.contains("（未调整指标值）") && text.contains("目标调整须说明调整原因"), text);
    }
}
