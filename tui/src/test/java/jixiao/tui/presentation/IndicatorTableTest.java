package jixiao.tui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import jixiao.domain.check.Review;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.tui.Examples;
import jixiao.tui.editing.IndicatorColumn;
import jixiao.tui.editing.PaperForm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IndicatorTableTest {

    private static final int TARGET = PaperForm.SELF_EVALUATION.columns().indexOf(IndicatorColumn.TARGET);
    private static final int ACTUAL = PaperForm.SELF_EVALUATION.columns().indexOf(IndicatorColumn.ACTUAL);

    private static final String LONG_NAME = "城乡居民基本医疗保险参保人员满意度调查覆盖率";

    private final Project audit = Examples.selfEvaluation(Examples.AUDIT);
    private final Review review = Examples.review(audit);

    @ParameterizedTest
    @ValueSource(ints = {80, 100, 120})
    void theHeaderAndEveryRowAreExactlyTheScreenWide(int width) {
        IndicatorTable table = new IndicatorTable(PaperForm.SELF_EVALUATION, Language.ZH, width);
        Project named = audit.withIndicator(0, audit.indicators().get(0).withNames("成本指标", "经济成本指标", LONG_NAME));

        assertEquals(width, Columns.width(table.header().text()), table.header().text());
        for (Line row : table.rows(named, Examples.review(named), new Viewport(0, 20), 2, ACTUAL)) {
            assertEquals(width, Columns.width(row.text()), row.text());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {80, 120})
    void eachHeaderStartsAtTheColumnOfItsCells(int width) {
        IndicatorTable table = new IndicatorTable(PaperForm.SELF_EVALUATION, Language.ZH, width);
        String header = table.header().text();
        String row = table.rows(audit, review, new Viewport(0, 1), -1, ACTUAL).get(0).text();

        assertEquals(columnOf(header, "三级指标"), columnOf(row, "成本节约率"));
        assertEquals(columnOf(header, "年度指标值"), columnOf(row, "≥0.00(%)"));
        assertEquals(columnOf(header, "实际完成值"), columnOf(row, "6.82(%)"));
        assertEquals(columnOf(header, "分值") + Columns.width("分值"), columnOf(row, "20.00") + "20.00".length(),
                "the weight is right-aligned under its heading");
        assertEquals(columnOf(header, "得分") + Columns.width("得分"), columnOf(row, "20.00*") + "20.00".length(),
                "the score's digits end under its heading, the * of a score by hand after them");
    }

    @Test
    void aLongNameIsCutWithAnEllipsisToItsColumn() {
        IndicatorTable table = new IndicatorTable(PaperForm.SELF_EVALUATION, Language.ZH, 80);
        Project named = audit.withIndicator(0, audit.indicators().get(0).withNames("成本指标", "经济成本指标", LONG_NAME));

        String row = table.rows(named, Examples.review(named), new Viewport(0, 1), -1, ACTUAL).get(0).text();

        assertTrue(row.contains("城乡居民基本… "), row);
        assertFalse(row.contains("满意度"), row);
        assertTrue(row.contains(" 经济成… "), "the level-2 name is cut too: " + row);
    }

    @Test
    void levelsRepeatedFromTheRowAboveAreDimmedLikeMergedCellsButShown() {
        IndicatorTable table = new IndicatorTable(PaperForm.SELF_EVALUATION, Language.ZH, 80);

        List<Line> rows = table.rows(audit, review, new Viewport(0, 4), -1, ACTUAL);

        assertTrue(rows.get(1).text().startsWith("  2 产出指标 数量指标 内控风险评估… "), rows.get(1).text());
        assertTrue(rows.get(2).text().startsWith("  3 产出指标 数量指标 专项审计工作… "), rows.get(2).text());
        assertEquals(Tone.DIM, rows.get(2).segments().get(2).tone(), "a repeated level 1 is dimmed");
        assertEquals(Tone.DIM, rows.get(2).segments().get(4).tone(), "a repeated level 2 is dimmed");
        assertEquals(Tone.NORMAL, rows.get(3).segments().get(4).tone(), "a new level 2 is not: " + rows.get(3).text());
    }

    @Test
    void aSelfEvaluationHasThePapersEightColumnsInOrder() {
        String header = new IndicatorTable(PaperForm.SELF_EVALUATION, Language.ZH, 120).header().text();

        List<String> headings = List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因");
        for (int i = 1; i < headings.size(); i++) {
            assertTrue(header.indexOf(headings.get(i - 1)) < header.indexOf(headings.get(i)), header);
        }
    }

    @Test
    void aDeclarationHasTargetsOnly() {
        Project declaration = Examples.declaration(Examples.AUDIT);
        IndicatorTable table = new IndicatorTable(PaperForm.DECLARATION, Language.ZH, 80);

        String header = table.header().text();
        String row = table.rows(declaration, Examples.review(declaration), new Viewport(0, 1), -1, 3).get(0).text();

        assertTrue(header.contains("年度(/项目)指标值"), header);
        for (String absent : List.of("实际完成值", "分值", "得分", "偏差")) {
            assertFalse(header.contains(absent), header);
        }
        assertEquals(80, Columns.width(header), header);
        assertEquals(80, Columns.width(row), row);
    }

    @Test
    void theDeviationNoteIsShownCutToItsColumn() {
        IndicatorTable table = new IndicatorTable(PaperForm.SELF_EVALUATION, Language.ZH, 80);
        Project noted = audit.withIndicator(0, audit.indicators().get(0).withDeviation("第一行\n第二行"));

        String row = table.rows(noted, Examples.review(noted), new Viewport(0, 1), -1, ACTUAL).get(0).text();

        assertTrue(row.contains(" 第一… "), row);
    }

    @Test
    void theCursorCellIsTheSelectedColumnOfTheSelectedRow() {
        IndicatorTable table = new IndicatorTable(PaperForm.SELF_EVALUATION, Language.ZH, 80);

        List<Line> rows = table.rows(audit, review, new Viewport(0, 3), 1, TARGET);

        List<Segment> cursor = rows.get(1).segments().stream().filter(segment -> segment.tone() == Tone.CURSOR).toList();
        assertEquals(List.of(new Segment(Columns.fit("≥1(次)", 10), Tone.CURSOR)), cursor);
        assertTrue(rows.get(1).segments().stream().anyMatch(segment -> segment.tone() == Tone.SELECTED));
        assertTrue(rows.get(0).segments().stream().noneMatch(segment -> segment.tone() == Tone.CURSOR
                || segment.tone() == Tone.SELECTED), "other rows are not selected");
    }

    @Test
    void aScoreSetByHandEndsWithAStarAndARulesScoreDoesNot() {
        IndicatorTable table = new IndicatorTable(PaperForm.SELF_EVALUATION, Language.ZH, 80);
        Project released = audit.withIndicator(1, audit.indicators().get(1).withManualScore(Optional.empty()));

        List<Line> rows = table.rows(released, Examples.review(released), new Viewport(0, 2), -1, ACTUAL);

        assertTrue(rows.get(0).text().contains(" 20.00 20.00* "), "printed scores are manual: " + rows.get(0).text());
        assertTrue(rows.get(1).text().contains("  5.00  5.00  "), rows.get(1).text());
    }

    @Test
    void aRowWithAnErrorIsMarkedAndKeepsTheMarkWhenSelected() {
        Indicator short1 = audit.indicators().get(1).withActual("0.4(次)").withManualScore(Optional.empty());
        Project wrong = audit.withIndicator(1, short1);
        Review wrongReview = Examples.review(wrong);
        IndicatorTable table = new IndicatorTable(PaperForm.SELF_EVALUATION, Language.ZH, 80);

        List<Line> rows = table.rows(wrong, wrongReview, new Viewport(0, 3), 1, ACTUAL);

        assertTrue(rows.get(1).text().contains("5.00  2.00 "), rows.get(1).text());
        Segment mark = rows.get(1).segments().get(rows.get(1).segments().size() - 1);
        assertEquals(new Segment("错", Tone.ERROR), mark);
        assertFalse(rows.get(2).text().contains("错"), rows.get(2).text());
    }

    @Test
    void inEnglishTheHeadingsAndMarksAreEnglish() {
        Indicator short1 = audit.indicators().get(1).withActual("0.4(次)").withManualScore(Optional.empty());
        Project wrong = audit.withIndicator(1, short1);
        IndicatorTable table = new IndicatorTable(PaperForm.SELF_EVALUATION, Language.EN, 80);

        assertTrue(table.header().text().contains("Indicator"), table.header().text());
        String row = table.rows(wrong, Examples.review(wrong), new Viewport(1, 1), -1, ACTUAL).get(0).text();
        assertTrue(row.endsWith("E "), row);
    }

    @Test
    void onlyTheRowsInTheViewportAreMade() {
        IndicatorTable table = new IndicatorTable(PaperForm.SELF_EVALUATION, Language.ZH, 80);

        List<Line> rows = table.rows(audit, review, new Viewport(10, 5), -1, ACTUAL);

        assertEquals(2, rows.size());
        assertTrue(rows.get(0).text().startsWith(" 11 "), rows.get(0).text());
    }

    private static int columnOf(String line, String text) {
        int at = line.indexOf(text);
        assertTrue(at >= 0, "'" + text + "' not in " + line);
        return Columns.width(line.substring(0, at));
    }
}
