package jixiao.tui.editing;

import java.util.ArrayList;
import java.util.List;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;
import jixiao.domain.stage.StageKind;

/**
 * The paper form a project is typed into, and so what its screens show, in the paper's order
 * (domain.md, "The paper's own layout and labels"): the indicator table's columns, the header's
 * fields, the funding block's columns, and the fields the stage adds. A declaration has targets only
 * and asks for money, beside the whole project's; an adjustment is the declaration's paper with its
 * reason and approval date; a monitored year's targets are on the declaration's paper; a
 * self-evaluation adds actuals, weights, scores and notes, and reports the money spent.
 *
 * <pre>
 * 申报表  一级指标 二级指标 三级指标 年度(/项目)指标值
 *         项目资金总额 | 年度资金申请总额 …  (the whole project's funding left, the year's right)
 * 自评表  一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
 * </pre>
 */
public enum PaperForm {
    /** The declaration, with the whole project's funding beside the year's. */
    DECLARATION(FormKind.DECLARATION, Layout.TARGETS, true, List.of()),
    /** The declaration's paper as adjusted, with the adjustment's reason and approval date. */
    ADJUSTMENT(FormKind.DECLARATION, Layout.TARGETS, false, List.of(AdjustmentField.REASON, AdjustmentField.APPROVED_ON)),
    /** The targets in force of a monitored year, on the declaration's paper: the return itself has its own screen. */
    TARGETS_IN_FORCE(FormKind.DECLARATION, Layout.TARGETS, false, List.of()),
    SELF_EVALUATION(FormKind.SELF_EVALUATION, Layout.EVALUATION, false, List.of());

    /** The columns and rows a kind of paper prints, in its order. */
    private record Layout(List<IndicatorColumn> columns, List<ProjectField> header, List<FundingColumn> money,
            List<ProjectField> goals, List<ProjectField> notOnThePaper) {

        static final Layout TARGETS = new Layout(
                List.of(IndicatorColumn.LEVEL1, IndicatorColumn.LEVEL2, IndicatorColumn.NAME, IndicatorColumn.TARGET),
                List.of(ProjectField.YEAR, ProjectField.NAME, ProjectField.NATURE, ProjectField.CATEGORY,
                        ProjectField.DEPARTMENT, ProjectField.UNIT, ProjectField.START, ProjectField.END,
                        ProjectField.MONEY_UNIT),
                List.of(FundingColumn.INITIAL),
                List.of(ProjectField.OVERALL_GOAL, ProjectField.ANNUAL_GOAL),
                List.of(ProjectField.ACTUAL_SUMMARY, ProjectField.CODE));

        static final Layout EVALUATION = new Layout(
                List.of(IndicatorColumn.LEVEL1, IndicatorColumn.LEVEL2, IndicatorColumn.NAME, IndicatorColumn.TARGET,
                        IndicatorColumn.ACTUAL, IndicatorColumn.WEIGHT, IndicatorColumn.SCORE, IndicatorColumn.DEVIATION),
                List.of(ProjectField.YEAR, ProjectField.NAME, ProjectField.DEPARTMENT, ProjectField.UNIT,
                        ProjectField.MONEY_UNIT),
                List.of(FundingColumn.INITIAL, FundingColumn.ADJUSTED, FundingColumn.EXECUTED),
                List.of(ProjectField.ANNUAL_GOAL, ProjectField.ACTUAL_SUMMARY),
                List.of(ProjectField.NATURE, ProjectField.CATEGORY, ProjectField.START, ProjectField.END,
                        ProjectField.OVERALL_GOAL, ProjectField.CODE));
    }

    private final FormKind kind;
    private final List<IndicatorColumn> columns;
    private final List<List<Cell>> sheet;
    private final List<FundingColumn> fundingColumns;
    private final int offPaper;

    private final boolean wholeProject;

    PaperForm(FormKind kind, Layout layout, boolean wholeProject, List<Cell> stageRows) {
        this.kind = kind;
        this.columns = layout.columns();
        this.fundingColumns = layout.money();
        this.wholeProject = wholeProject;
        List<List<Cell>> rows = new ArrayList<>();
        layout.header().forEach(field -> rows.add(List.of(field)));
        for (FundingSource source : FundingSource.values()) {
            List<Cell> row = new ArrayList<>();
            if (wholeProject && source.ordinal() < WholeProjectField.values().length) {
                row.add(WholeProjectField.values()[source.ordinal()]);
            }
            layout.money().forEach(column -> row.add(new FundingField(source, column)));
            rows.add(List.copyOf(row));
        }
        layout.goals().forEach(field -> rows.add(List.of(field)));
        stageRows.forEach(cell -> rows.add(List.of(cell)));
        this.offPaper = rows.size();
        layout.notOnThePaper().forEach(field -> rows.add(List.of(field)));
        this.sheet = List.copyOf(rows);
    }

    /** The paper a stage's form is typed into: each stage says which, nothing is guessed from what it holds. */
    public static PaperForm of(StageKind stage) {
        return switch (stage) {
            case DECLARATION -> DECLARATION;
            case ADJUSTMENT -> ADJUSTMENT;
            case MONITORING -> TARGETS_IN_FORCE;
            case SELF_EVALUATION -> SELF_EVALUATION;
        };
    }

    /** Whether the paper has the whole project's funding beside the year's (the declaration's does). */
    public boolean hasWholeProject() {
        return wholeProject;
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
