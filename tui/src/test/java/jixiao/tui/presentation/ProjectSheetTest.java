package jixiao.tui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.tui.Examples;
import jixiao.tui.editing.Field;
import jixiao.tui.editing.FundingField;
import jixiao.tui.editing.PaperForm;
import jixiao.tui.editing.ProjectField;
import org.junit.jupiter.api.Test;

class ProjectSheetTest {

    private final Project audit = Examples.selfEvaluation(Examples.AUDIT);
    private final Project declared = Examples.declaration(Examples.AUDIT);
    private final ProjectSheet selfEvaluation = new ProjectSheet(PaperForm.SELF_EVALUATION, Language.ZH, 80);
    private final ProjectSheet declaration = new ProjectSheet(PaperForm.DECLARATION, Language.ZH, 80);

    private static int rowOf(PaperForm form, Field field) {
        for (int row = 0; row < form.sheet().size(); row++) {
            if (form.sheet().get(row).contains(field)) {
                return row;
            }
        }
        throw new AssertionError(field + " is not on the " + form);
    }

    private String line(ProjectSheet sheet, PaperForm form, Project project, Field field) {
        return sheet.lines(project, Examples.review(project), -1, 0).get(sheet.lineOf(rowOf(form, field))).text();
    }

    @Test
    void theSelfEvaluationShowsItsHeaderFundingAndGoalsInThePapersOrderAndWords() {
        List<Line> lines = selfEvaluation.lines(audit, Examples.review(audit), -1, 0);
        String text = String.join("\n", lines.stream().map(Line::text).toList());

        List<String> order = List.of("项目名称", "主管部门", "实施单位", "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数",
                "年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金", "预期目标", "实际完成情况",
                "以下各项不印在绩效自评表上", "项目性质", "项目类别", "计划开始日期", "计划完成日期", "项目总目标");
        for (int i = 1; i < order.size(); i++) {
            assertTrue(text.indexOf(order.get(i - 1)) < text.indexOf(order.get(i)), order.get(i - 1) + " before " + order.get(i) + ":\n" + text);
        }
    }

    @Test
    void theDeclarationAsksForMoneyInOneColumnUnderItsOwnWords() {
        String text = String.join("\n", declaration.lines(declared, Examples.review(declared), -1, 0).stream()
                .map(Line::text).toList());

        List<String> order = List.of("项目名称", "项目性质", "项目类别", "主管部门", "实施单位", "计划开始日期", "计划完成日期",
                "年度资金申请总额", "其中：当年财政拨款", "上年结转资金", "其他资金", "项目总目标", "年度总体目标");
        for (int i = 1; i < order.size(); i++) {
            assertTrue(text.indexOf(order.get(i - 1)) < text.indexOf(order.get(i)), order.get(i - 1) + " before " + order.get(i) + ":\n" + text);
        }
        assertFalse(text.contains("全年执行数"), text);
        assertFalse(text.contains("年初预算数"), text);
        assertEquals(List.of(new FundingField(FundingSource.TOTAL, FundingColumn.INITIAL)),
                PaperForm.DECLARATION.sheet().get(rowOf(PaperForm.DECLARATION, new FundingField(FundingSource.TOTAL, FundingColumn.INITIAL))));
    }

    @Test
    void eachRowIsDrawnOnTheLineThatLineOfNames() {
        assertTrue(line(selfEvaluation, PaperForm.SELF_EVALUATION, audit, ProjectField.YEAR).startsWith("年度               2024"));
        assertTrue(line(selfEvaluation, PaperForm.SELF_EVALUATION, audit, ProjectField.NAME)
                .startsWith("项目名称           财务专项审计和资产评估鉴定费"));
        assertEquals("年度资金总额                50.80          50.80          47.34",
                line(selfEvaluation, PaperForm.SELF_EVALUATION, audit, new FundingField(FundingSource.TOTAL, FundingColumn.EXECUTED))
                        .stripTrailing());
        assertEquals("其他资金                     0.00           0.00           0.00",
                line(selfEvaluation, PaperForm.SELF_EVALUATION, audit, new FundingField(FundingSource.OTHER, FundingColumn.INITIAL))
                        .stripTrailing());
        assertTrue(line(declaration, PaperForm.DECLARATION, declared, new FundingField(FundingSource.TOTAL, FundingColumn.INITIAL))
                .startsWith("年度资金申请总额"));
    }

    @Test
    void theFundingHeadingNamesTheMoneyUnitAndTheColumnsAlignedOverTheAmounts() {
        int total = rowOf(PaperForm.SELF_EVALUATION, new FundingField(FundingSource.TOTAL, FundingColumn.INITIAL));
        List<Line> lines = selfEvaluation.lines(audit, Examples.review(audit), -1, 0);
        String heading = lines.get(selfEvaluation.lineOf(total) - 1).text();
        String amounts = lines.get(selfEvaluation.lineOf(total)).text();

        assertTrue(heading.startsWith("项目资金（万元）"), heading);
        assertEquals(end(heading, "全年执行数"), end(amounts, "47.34"));
        assertEquals(end(heading, "年初预算数"), end(amounts, "50.80"));
    }

    @Test
    void theExecutionRateAndScoreComeLastWithTheirExplanation() {
        List<Line> lines = selfEvaluation.lines(audit, Examples.review(audit), -1, 0);
        int execution = selfEvaluation.lineOf(PaperForm.SELF_EVALUATION.sheet().size() - 1) + 2;

        assertTrue(lines.get(execution).text().startsWith("执行率 93.19%  执行得分 9.32 / 10"), lines.get(execution).text());
        String steps = String.join("\n", lines.subList(execution + 1, lines.size()).stream().map(Line::text).toList());
        assertTrue(steps.contains("47.34") && steps.contains("50.80"), steps);
    }

    @Test
    void theSelectedFundingAmountIsTheCursorAndEveryLineIsTheScreenWide() {
        int total = rowOf(PaperForm.SELF_EVALUATION, new FundingField(FundingSource.TOTAL, FundingColumn.INITIAL));
        List<Line> lines = selfEvaluation.lines(audit, Examples.review(audit), total, 2);

        Line amounts = lines.get(selfEvaluation.lineOf(total));
        assertEquals(List.of(new Segment("         47.34", Tone.CURSOR)),
                amounts.segments().stream().filter(segment -> segment.tone() == Tone.CURSOR).toList());
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
