package jixiao.storage.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.domain.review.StageReview;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.domain.scoring.Grade;
import jixiao.domain.scoring.Scorecard;
import jixiao.storage.report.Grid.Orientation;
import jixiao.storage.report.Grid.Style;

/**
 * The 汇总表 a unit files with its forms, one per unit, year and kind of form, in the order the
 * forms come: {@code <单位><年度>年度项目绩效自评汇总表} (money, execution rate, total, grade) or
 * {@code …年度项目绩效目标汇总表} (the money requested), each with a totals row.
 */
final class SummaryLayout {

    static final String SELF_EVALUATION_TITLE = "年度项目绩效自评汇总表";
    static final String DECLARATION_TITLE = "年度项目绩效目标汇总表";
    /** 序号 | 项目名称 | 全年预算数 | 全年执行数 | 执行率 | 总分 | 评分等级 | 备注. */
    private static final List<Integer> SELF_EVALUATION_WIDTHS = List.of(4, 24, 13, 13, 10, 8, 6, 16);
    /** 序号 | 项目名称 | 项目类别 | 年度资金申请总额 | 当年财政拨款 | 上年结转资金 | 其他资金 | 指标数. */
    private static final List<Integer> DECLARATION_WIDTHS = List.of(4, 22, 10, 14, 14, 12, 12, 6);
    private static final int HEADER_ROW = 2;

    private SummaryLayout() {
    }

    /** One summary per unit, year and kind of form, in the order the forms come. */
    static List<Grid> of(List<Form> forms) {
        Map<List<Object>, List<Form>> groups = new LinkedHashMap<>();
        for (Form form : forms) {
            Project project = form.project();
            groups.computeIfAbsent(List.of(project.key().unit(), project.key().year(), form.isSelfEvaluation()),
                    key -> new ArrayList<>()).add(form);
        }
        return groups.values().stream().map(SummaryLayout::summary).toList();
    }

    private static Grid summary(List<Form> forms) {
        Project first = forms.get(0).project();
        boolean selfEvaluation = forms.get(0).isSelfEvaluation();
        String title = first.key().unit() + first.key().year() + (selfEvaluation ? SELF_EVALUATION_TITLE : DECLARATION_TITLE);
        Grid grid = new Grid(selfEvaluation ? "自评汇总" : "目标汇总",
                List.of(String.valueOf(first.key().year()), first.key().unit()),
                new Grid.Heading(title, first.key().unit(), first.key().year() + "年度"),
                selfEvaluation ? SELF_EVALUATION_WIDTHS : DECLARATION_WIDTHS, Orientation.PORTRAIT);
        int last = grid.columns() - 1;
        boolean oneLine = RowHeights.fitsOneLine(grid, title, Style.TITLE);
        grid.across(0, 0, last, oneLine ? title : first.key().unit() + "\n" + title.substring(first.key().unit().length()),
                Style.TITLE);
        MoneyUnit unit = MoneyUnit.common(forms.stream().map(form -> form.project().funding().moneyUnit()).toList());
        grid.across(1, 0, last, unit.caption(), Style.CAPTION);
        List<String> labels = selfEvaluation
                ? List.of("序号", "项目名称", "全年预算数", "全年执行数", "执行率", "总分", "评分等级", "备注")
                : List.of("序号", "项目名称", "项目类别", "年度资金申请总额", "其中：当年财政拨款", "上年结转资金", "其他资金", "绩效指标数");
        for (int column = 0; column < labels.size(); column++) {
            grid.put(HEADER_ROW, column, labels.get(column), Style.LABEL);
        }
        grid.header(HEADER_ROW);
        int row = HEADER_ROW + 1;
        for (Form form : forms) {
            grid.put(row, 0, new Value.Count(row - HEADER_ROW), Style.CENTER)
                    .put(row, 1, form.project().key().name(), Style.TEXT);
            if (selfEvaluation) {
                selfEvaluationRow(grid, row, form, unit);
            } else {
                declarationRow(grid, row, form, unit);
            }
            row++;
        }
        grid.across(row, 0, 1, "合计", Style.LABEL);
        if (selfEvaluation) {
            selfEvaluationTotals(grid, row, forms, unit);
        } else {
            declarationTotals(grid, row, forms, unit);
        }
        return grid;
    }

    private static void selfEvaluationRow(Grid grid, int row, Form form, MoneyUnit unit) {
        Scorecard card = form.review().scorecard();
        FundingLine total = form.project().funding().total();
        String from = form.project().funding().moneyUnit();
        grid.put(row, 2, unit.value(total.get(FundingColumn.ADJUSTED), from), Style.NUMBER)
                .put(row, 3, unit.value(total.get(FundingColumn.EXECUTED), from), Style.NUMBER)
                .put(row, 4, card.execution().flatMap(execution -> execution.rate()).<Value>map(Value.Rate::new)
                        .orElse(Value.BLANK), Style.NUMBER)
                .put(row, 5, card.total().<Value>map(Value.Points::new).orElse(Value.BLANK), Style.NUMBER)
                .put(row, 6, card.grade().map(Grade::symbol).orElse(""), Style.CENTER)
                .put(row, 7, remark(form.review()), Style.TEXT);
    }

    private static void selfEvaluationTotals(Grid grid, int row, List<Form> forms, MoneyUnit unit) {
        Optional<BigDecimal> adjusted = unit.sum(forms, FundingSource.TOTAL, FundingColumn.ADJUSTED);
        Optional<BigDecimal> executed = unit.sum(forms, FundingSource.TOTAL, FundingColumn.EXECUTED);
        Optional<BigDecimal> rate = adjusted.isPresent() && executed.isPresent()
                ? FormLayout.rate(new FundingLine(Optional.empty(), adjusted, executed), forms.get(0).rules())
                : Optional.empty();
        grid.put(row, 2, FormLayout.money(adjusted), Style.NUMBER)
                .put(row, 3, FormLayout.money(executed), Style.NUMBER)
                .put(row, 4, rate.<Value>map(Value.Rate::new).orElse(Value.BLANK), Style.NUMBER)
                .put(row, 5, Value.BLANK, Style.NUMBER)
                .put(row, 6, 1, 2, Value.text(grades(forms)), Style.TEXT);
    }

    private static void declarationRow(Grid grid, int row, Form form, MoneyUnit unit) {
        Project project = form.project();
        grid.put(row, 2, project.profile().category(), Style.CENTER);
        int column = 3;
        for (FundingSource source : FundingSource.values()) {
            grid.put(row, column++, unit.value(project.funding().line(source).get(FundingColumn.INITIAL),
                    project.funding().moneyUnit()), Style.NUMBER);
        }
        grid.put(row, 7, new Value.Count(project.indicators().size()), Style.NUMBER);
    }

    private static void declarationTotals(Grid grid, int row, List<Form> forms, MoneyUnit unit) {
        grid.put(row, 2, Value.BLANK, Style.TEXT);
        int column = 3;
        for (FundingSource source : FundingSource.values()) {
            grid.put(row, column++, FormLayout.money(unit.sum(forms, source, FundingColumn.INITIAL)), Style.NUMBER);
        }
        grid.put(row, 7, new Value.Count(forms.stream().mapToInt(form -> form.project().indicators().size()).sum()),
                Style.NUMBER);
    }

    /** What a reader should know before trusting the row: its errors and its differences from the paper. */
    private static String remark(StageReview review) {
        List<String> parts = new ArrayList<>();
        if (!review.errors().isEmpty()) {
            parts.add("错误 " + review.errors().size());
        }
        if (!review.mismatches().isEmpty()) {
            parts.add("与表上印不一致 " + review.mismatches().size());
        }
        return String.join("；", parts);
    }

    /** How many forms got each grade: {@code 优 6，良 1}. */
    private static String grades(List<Form> forms) {
        List<String> counts = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            long count = forms.stream().filter(form -> form.review().scorecard().grade().orElse(null) == grade).count();
            if (count > 0) {
                counts.add(grade.symbol() + " " + count);
            }
        }
        return String.join("，", counts);
    }
}
