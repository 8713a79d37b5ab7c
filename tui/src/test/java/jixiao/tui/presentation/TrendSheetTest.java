package jixiao.tui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.scoring.Scorer;
import jixiao.domain.trend.Trend;
import jixiao.tui.Examples;
import org.junit.jupiter.api.Test;

/** The audit project: its 2024 self-evaluation (99.32, 优) and its 2025 declaration. */
class TrendSheetTest {

    private final Trend trend = Trend.of(Examples.declaration(Examples.AUDIT),
            List.of(Examples.selfEvaluation(Examples.AUDIT)), new Scorer(RuleSets.national2020()));

    private List<String> text(int width) {
        return new TrendSheet(Language.ZH, width).lines(trend).stream().map(Line::text).toList();
    }

    @Test
    void theYearsStandSideBySideOldestFirstWithTheirTotalsAndGrades() {
        List<String> lines = text(80);

        assertTrue(lines.get(0).matches("年度 +2024 +2025 *"), lines.get(0));
        assertTrue(lines.stream().anyMatch(line -> line.matches("总分 +99\\.32 +— *")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(line -> line.matches("等级 +优 +— *")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("执行率") && line.contains("93.19%")), String.join("\n", lines));
    }

    @Test
    void eachIndicatorShowsItsTargetAndActualValueYearByYear() {
        String row = text(100).stream().filter(line -> line.startsWith("专项审计工作完成率")).findFirst().orElseThrow();

        assertTrue(row.contains("=100(%) → 100.00(%)"), row);
    }

    @Test
    void everyLineIsTheScreenWideAndTheYearsAlignUnderTheirHeadings() {
        List<String> lines = text(80);
        for (String line : lines) {
            assertEquals(80, Columns.width(line), line);
        }
        int year = Columns.width(lines.get(0).substring(0, lines.get(0).indexOf("2025")));
        String total = lines.stream().filter(line -> line.startsWith("总分")).findFirst().orElseThrow();
        assertEquals(year, Columns.width(total.substring(0, total.indexOf("—"))));
    }
}
