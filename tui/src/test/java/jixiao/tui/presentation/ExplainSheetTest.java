package jixiao.tui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.project.Project;
import jixiao.tui.Examples;
import org.junit.jupiter.api.Test;

class ExplainSheetTest {

    @Test
    void theStepsShowTheArithmeticWithTheRealNumbers() {
        Project project = Examples.oneIndicator("≥360(个)", "144(个)", "5", "");

        List<String> lines = texts(ExplainSheet.of(project, Examples.review(project), 0, Language.ZH, 80));

        assertEquals("1. 产出指标 / 数量指标 / 审计项目数", lines.get(0).stripTrailing());
        assertEquals("目标 ≥360(个)    实际 144(个)    分值 5", lines.get(1).stripTrailing());
        assertTrue(lines.contains(Columns.fit("  未完成: 144 / 360 × 5.00 = 2.00", 80)), String.join("\n", lines));
        assertTrue(lines.contains(Columns.fit("规则得分 2.00    人工评分 无    得分 2.00    (未完成)", 80)),
                String.join("\n", lines));
    }

    @Test
    void aScoreBelowFullMarksWithoutANoteShowsTheError() {
        Project project = Examples.oneIndicator("≥360(个)", "144(个)", "5", "");

        List<Line> lines = ExplainSheet.of(project, Examples.review(project), 0, Language.ZH, 200);

        assertTrue(texts(lines).contains(Columns.fit("偏差原因分析及改进措施: 无", 200)));
        Line error = lines.stream().filter(line -> line.text().startsWith("错误 ")).findFirst().orElseThrow();
        assertEquals("错误 缺少偏差说明: 审计项目数：得分 2.00 低于满分 5.00，须填写偏差原因分析及改进措施", error.text().stripTrailing());
        assertEquals(Tone.ERROR, error.segments().get(0).tone());
    }

    @Test
    void aNoteTakesTheErrorAwayAndIsShown() {
        Project project = Examples.oneIndicator("≥360(个)", "144(个)", "5", "采购延期");

        List<String> lines = texts(ExplainSheet.of(project, Examples.review(project), 0, Language.ZH, 80));

        assertTrue(lines.contains(Columns.fit("偏差原因分析及改进措施: 采购延期", 80)), String.join("\n", lines));
        assertFalse(lines.stream().anyMatch(line -> line.startsWith("错误")), String.join("\n", lines));
    }

    @Test
    void aScoreSetByHandIsShownBesideTheRulesScore() {
        Project audit = Examples.selfEvaluation(Examples.AUDIT);

        List<String> lines = texts(ExplainSheet.of(audit, Examples.review(audit), 1, Language.EN, 100));

        assertEquals("2. 产出指标 / 数量指标 / 内控风险评估次数", lines.get(0).stripTrailing());
        assertTrue(lines.contains(Columns.fit("Rules' score 5.00    Score set by hand 5.00    Score 5.00    (met)", 100)),
                String.join("\n", lines));
    }

    @Test
    void everyLineIsTheScreenWide() {
        Project project = Examples.oneIndicator("≥360(个)", "144(个)", "5", "");

        for (Line line : ExplainSheet.of(project, Examples.review(project), 0, Language.ZH, 40)) {
            assertEquals(40, Columns.width(line.text()), line.text());
        }
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }
}
