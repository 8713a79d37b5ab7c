package jixiao.tui.editing;

import java.util.ArrayList;
import java.util.List;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;

/**
 * The paper form a project is typed into, and so what its screens show, in the paper's order
 * (domain.md, "The paper's own layout and labels"): the indicator table's columns, the header's
 * fields, the funding block's columns. A declaration has targets only and asks for money; a
 * self-evaluation adds actuals, weights, scores and notes, and reports the money spent.
 *
 * <pre>
 * 申报表  一级指标 二级指标 三级指标 年度(/项目)指标值
 *         项目资金总额 | 年度资金申请总额 …  (the whole project's funding left, the year's right)
 * 自评表  一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
 * </pre>
 */
public enum PaperForm {
    DECLARATION(FormKind.DECLARATION,
            List.of(IndicatorColumn.LEVEL1, IndicatorColumn.LEVEL2, IndicatorColumn.NAME, IndicatorColumn.TARGET),
            List.of(ProjectField.YEAR, ProjectField.NAME, ProjectField.NATURE, ProjectField.CATEGORY,
                    ProjectField.DEPARTMENT, ProjectField.UNIT, ProjectField.START, ProjectField.END,
                    ProjectField.MONEY_UNIT),
            List.of(FundingColumn.INITIAL),
            List.of(ProjectField.OVERALL_GOAL, ProjectField.ANNUAL_GOAL),
            List.of(ProjectField.ACTUAL_SUMMARY, ProjectField.CODE)),
    SELF_EVALUATION(FormKind.SELF_EVALUATION,
            List.of(IndicatorColumn.LEVEL1, IndicatorColumn.LEVEL2, IndicatorColumn.NAME, IndicatorColumn.TARGET,
                    IndicatorColumn.ACTUAL, IndicatorColumn.WEIGHT, IndicatorColumn.SCORE, IndicatorColumn.DEVIATION),
            List.of(ProjectField.YEAR, ProjectField.NAME, ProjectField.DEPARTMENT, ProjectField.UNIT,
                    ProjectField.MONEY_UNIT),
            List.of(FundingColumn.INITIAL, FundingColumn.ADJUSTED, FundingColumn.EXECUTED),
            List.of(ProjectField.ANNUAL_GOAL, ProjectField.ACTUAL_SUMMARY),
            List.of(ProjectField.NATURE, ProjectField.CATEGORY, ProjectField.START, ProjectField.END,
                    ProjectField.OVERALL_GOAL, ProjectField.CODE));

    private final FormKind kind;
    private final List<IndicatorColumn> columns;
    private final List<List<Cell>> sheet;
    private final List<FundingColumn> fundingColumns;
    private final int offPaper;

    PaperForm(FormKind kind, List<IndicatorColumn> columns, List<ProjectField> header, List<FundingColumn> money,
            List<ProjectField> goals, List<ProjectField> notOnThePaper) {
        this.kind = kind;
        this.columns = columns;
        this.fundingColumns = money;
        List<List<Cell>> rows = new ArrayList<>();
        header.forEach(field -> rows.add(List.of(field)));
        for (FundingSource source : FundingSource.values()) {
            List<Cell> row = new ArrayList<>();
            if (kind == FormKind.DECLARATION && source.ordinal() < WholeProjectField.values().length) {
                row.add(WholeProjectField.values()[source.ordinal()]);
            }
            money.forEach(column -> row.add(new FundingField(source, column)));
            rows.add(List.copyOf(row));
        }
        goals.forEach(field -> rows.add(List.of(field)));
        this.offPaper = rows.size();
        notOnThePaper.forEach(field -> rows.add(List.of(field)));
        this.sheet = List.copyOf(rows);
    }

    /** The form a project is. Until a project-year's stages say so explicitly, what it holds decides. */
    public static PaperForm of(FormKind kind) {
        return kind == FormKind.DECLARATION ? DECLARATION : SELF_EVALUATION;
    }

    public FormKind kind() {
        return kind;
    }

    /** The indicator table's columns, as the paper prints them left to right. */
    public List<IndicatorColumn> columns() {
        return columns;
    }

    /**
     * The project screen's rows, top to bottom: the header as the paper prints it, one row per
     * funding line (a cell per money column; a declaration's first three rows start with the
     * whole project's funding, on the paper's left), the goals, then what the project holds that
     * this paper does not print (from {@link #offPaper()} on).
     */
    public List<List<Cell>> sheet() {
        return sheet;
    }

    /** The first row of {@link #sheet()} that is not on this paper. */
    public int offPaper() {
        return offPaper;
    }

    public List<FundingColumn> fundingColumns() {
        return fundingColumns;
    }
}
