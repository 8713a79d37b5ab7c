package jixiao.tui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.tui.Examples;
import jixiao.tui.editing.FundingField;
import jixiao.tui.editing.ProjectField;
import org.junit.jupiter.api.Test;

class ProjectSheetTest {

    private static final int FIRST_FUNDING_ROW = ProjectField.values().length;

    private final Project audit = Examples.selfEvaluation(Examples.AUDIT);

    @Test
    void theRowsAreTheHeaderFieldsThenTheFourFundingLinesWithThreeColumnsEach() {
        assertEquals(ProjectField.values().length + 4, ProjectSheet.ROWS.size());
        assertEquals(List.of(ProjectField.YEAR), ProjectSheet.ROWS.get(0));
        assertEquals(List.of(new FundingField(FundingSource.TOTAL, FundingColumn.INITIAL),
                new FundingField(FundingSource.TOTAL, FundingColumn.ADJUSTED),
                new FundingField(FundingSource.TOTAL, FundingColumn.EXECUTED)), ProjectSheet.ROWS.get(FIRST_FUNDING_ROW));
    }

    @Test
    void lineOfMapsHeaderRowsToTheirLineAndFundingRowsBelowTheGapAndHeading() {
        assertEquals(0, ProjectSheet.lineOf(0));
        assertEquals(FIRST_FUNDING_ROW - 1, ProjectSheet.lineOf(FIRST_FUNDING_ROW - 1));
        assertEquals(FIRST_FUNDING_ROW + 2, ProjectSheet.lineOf(FIRST_FUNDING_ROW));
        assertEquals(FIRST_FUNDING_ROW + 5, ProjectSheet.lineOf(FIRST_FUNDING_ROW + 3));
    }

    @Test
    void eachRowIsDrawnOnTheLineThatLineOfNames() {
        List<Line> lines = new ProjectSheet(Language.ZH, 80).lines(audit, Examples.review(audit), 0, 0);

        assertTrue(lines.get(ProjectSheet.lineOf(0)).text().startsWith("年度           2024"), lines.get(0).text());
        assertTrue(lines.get(ProjectSheet.lineOf(1)).text().startsWith("项目名称       财务专项审计和资产评估鉴定费"));
        assertTrue(lines.get(ProjectSheet.lineOf(FIRST_FUNDING_ROW) - 1).text().startsWith("资金（万元）   "),
                lines.get(ProjectSheet.lineOf(FIRST_FUNDING_ROW) - 1).text());
        assertEquals("年度资金总额            50.80          50.80          47.34",
                lines.get(ProjectSheet.lineOf(FIRST_FUNDING_ROW)).text().stripTrailing());
        assertEquals("其他资金                 0.00           0.00           0.00",
                lines.get(ProjectSheet.lineOf(FIRST_FUNDING_ROW + 3)).text().stripTrailing());
    }

    @Test
    void theFundingHeadingNamesTheMoneyUnitAndTheColumnsAlignedOverTheAmounts() {
        List<Line> lines = new ProjectSheet(Language.ZH, 80).lines(audit, Examples.review(audit), 0, 0);
        String heading = lines.get(ProjectSheet.lineOf(FIRST_FUNDING_ROW) - 1).text();
        String total = lines.get(ProjectSheet.lineOf(FIRST_FUNDING_ROW)).text();

        assertEquals(end(heading, "全年执行数"), end(total, "47.34"));
        assertEquals(end(heading, "年初预算数"), end(total, "50.80"));
    }

    @Test
    void theExecutionRateAndScoreFollowTheFundingWithTheirExplanation() {
        List<Line> lines = new ProjectSheet(Language.ZH, 80).lines(audit, Examples.review(audit), 0, 0);
        int execution = ProjectSheet.lineOf(ProjectSheet.ROWS.size() - 1) + 1;

        assertTrue(lines.get(execution).text().startsWith("执行率 93.19%  执行得分 9.32 / 10"), lines.get(execution).text());
        String steps = String.join("\n", lines.subList(execution + 1, lines.size()).stream().map(Line::text).toList());
        assertTrue(steps.contains("47.34") && steps.contains("50.80"), steps);
    }

    @Test
    void theSelectedFundingAmountIsTheCursorAndEveryLineIsTheScreenWide() {
        List<Line> lines = new ProjectSheet(Language.ZH, 80).lines(audit, Examples.review(audit), FIRST_FUNDING_ROW, 2);

        Line total = lines.get(ProjectSheet.lineOf(FIRST_FUNDING_ROW));
        assertEquals(List.of(new Segment("         47.34", Tone.CURSOR)),
                total.segments().stream().filter(segment -> segment.tone() == Tone.CURSOR).toList());
        for (Line line : lines) {
            assertEquals(80, Columns.width(line.text()), line.text());
        }
    }

    private static int end(String line, String text) {
        int at = line.indexOf(text);
        assertTrue(at >= 0, "'" + text + "' not in " + line);
        return Columns.width(line.substring(0, at + text.length()));
    }
}
