package jixiao.tui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.domain.project.WholeProjectFunding;
import jixiao.tui.Examples;
import jixiao.tui.editing.Cell;
import jixiao.tui.editing.FormEntry;
import jixiao.tui.editing.FundingField;
import jixiao.tui.editing.PaperForm;
import jixiao.tui.editing.ProjectField;
import jixiao.tui.editing.WholeProjectField;
import org.junit.jupiter.api.Test;

class ProjectSheetTest {

    private final Project audit = Examples.selfEvaluation(Examples.AUDIT);
    private final Project declared = Examples.declaration(Examples.AUDIT);
    private final ProjectSheet selfEvaluation = new ProjectSheet(PaperForm.SELF_EVALUATION, Language.ZH, 80);
    private final ProjectSheet declaration = new ProjectSheet(PaperForm.DECLARATION, Language.ZH, 80);

    private static int rowOf(PaperForm form, Cell field) {
        for (int row = 0; row < form.sheet().size(); row++) {
            if (form.sheet().get(row).contains(field)) {
                return row;
            }
        }
        throw new AssertionError(field + " is not on the " + form);
    }

    private static FormEntry entry(Project project) {
        return FormEntry.of(project);
    }

    private String line(ProjectSheet sheet, PaperForm form, Project project, Cell field) {
        return sheet.lines(entry(project), Examples.review(project), -1, 0).get(sheet.lineOf(rowOf(form, field))).text();
    }

    @Test
    void theSelfEvaluationShowsItsHeaderFundingAndGoalsInThePapersOrderAndWords() {
        List<Line> lines = selfEvaluation.lines(entry(audit), Examples.review(audit), -1, 0);
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
        String text = String.join("\n", declaration.lines(entry(declared), Examples.review(declared), -1, 0).stream()
                .map(Line::text).toList());

        List<String> order = List.of("项目名称", "项目性质", "项目类别", "主管部门", "实施单位", "计划开始日期", "计划完成日期",
                "项目资金总额", "年度资金申请总额", "其中：财政资金", "其中：当年财政拨款", "上年结转资金", "项目总目标", "年度总体目标");
        for (int i = 1; i < order.size(); i++) {
            assertTrue(text.indexOf(order.get(i - 1)) < text.indexOf(order.get(i)), order.get(i - 1) + " before " + order.get(i) + ":\n" + text);
        }
        assertFalse(text.contains("全年执行数"), text);
        assertFalse(text.contains("年初预算数"), text);
        assertEquals(List.of(WholeProjectField.TOTAL, new FundingField(FundingSource.TOTAL, FundingColumn.INITIAL)),
                PaperForm.DECLARATION.sheet().get(rowOf(PaperForm.DECLARATION, new FundingField(FundingSource.TOTAL, FundingColumn.INITIAL))));
    }

    @Test
    void theDeclarationsMoneyBlockHasTheWholeProjectLeftAndTheYearRightAsOnThePaper() {
        FormEntry entry = FormEntry.of(declared).withWholeProject(WholeProjectFunding.of(new BigDecimal("300"),
                new BigDecimal("200"), new BigDecimal("100")));
        List<String> lines = declaration.lines(entry, Examples.review(declared), -1, 0).stream().map(Line::text).toList();
        int total = declaration.lineOf(rowOf(PaperForm.DECLARATION, WholeProjectField.TOTAL));

        assertTrue(lines.get(total).matches("项目资金总额 +300\\.00   年度资金申请总额 +\\S+ *"), lines.get(total));
        assertTrue(lines.get(total + 1).startsWith("其中：财政资金"), lines.get(total + 1));
        assertTrue(lines.get(total + 2).matches("其他资金 +100\\.00   上年结转资金 .*"), lines.get(total + 2));
        assertTrue(lines.get(total + 3).matches(" {32}其他资金 .*"), "nothing on the left of the fourth line: " + lines.get(total + 3));
        assertEquals(Columns.width(lines.get(total).substring(0, lines.get(total).indexOf("年度资金申请总额"))),
                Columns.width(lines.get(total + 3).substring(0, lines.get(total + 3).indexOf("其他资金"))), "the right column aligns");
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
                .matches("项目资金总额 +年度资金申请总额 +508,000.00 *"));
    }

    @Test
    void theFundingHeadingNamesTheMoneyUnitAndTheColumnsAlignedOverTheAmounts() {
        int total = rowOf(PaperForm.SELF_EVALUATION, new FundingField(FundingSource.TOTAL, FundingColumn.INITIAL));
        List<Line> lines = selfEvaluation.lines(entry(audit), Examples.review(audit), -1, 0);
        String heading = lines.get(selfEvaluation.lineOf(total) - 1).text();
        String amounts = lines.get(selfEvaluation.lineOf(total)).text();

        assertTrue(heading.startsWith("项目资金（万元）"), heading);
        assertEquals(end(heading, "全年执行数"), end(amounts, "47.34"));
        assertEquals(end(heading, "年初预算数"), end(amounts, "50.80"));
    }

    @Test
    void theExecutionRateAndScoreComeLastWithTheirExplanation() {
        List<Line> lines = selfEvaluation.lines(entry(audit), Examples.review(audit), -1, 0);
        int execution = selfEvaluation.lineOf(PaperForm.SELF_EVALUATION.sheet().size() - 1) + 2;

        assertTrue(lines.get(execution).text().startsWith("执行率 93.19%  执行得分 9.32 / 10"), lines.get(execution).text());
        String steps = String.join("\n", lines.subList(execution + 1, lines.size()).stream().map(Line::text).toList());
        assertTrue(steps.contains("47.34") && steps.contains("50.80"), steps);
    }

    @Test
    void theSelectedFundingAmountIsTheCursorAndEveryLineIsTheScreenWide() {
        int total = rowOf(PaperForm.SELF_EVALUATION, new FundingField(FundingSource.TOTAL, FundingColumn.INITIAL));
        List<Line> lines = selfEvaluation.lines(entry(audit), Examples.review(audit), total, 2);

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
