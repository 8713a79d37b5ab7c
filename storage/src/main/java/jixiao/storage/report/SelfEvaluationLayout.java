package jixiao.storage.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.scoring.ExecutionScore;
import jixiao.domain.scoring.Scorecard;
import jixiao.storage.report.Grid.Orientation;
import jixiao.storage.report.Grid.Style;

/**
 * 财政项目支出绩效自评表, cell for cell as the paper (domain.md):
 * <pre>
 * ┌──────────────────────────── 财政项目支出绩效自评表 ─────────────────────────────┐
 * │ 项目名称 │ name                                                                   │
 * │ 主管部门 │ department             │ 实施单位 │ unit                              │
 * │ 项目资金 │            │ 年初预算数 │ 全年预算数 │ 全年执行数 │ 分值 │ 执行率 │ 得分 │
 * │ （万元） │ 年度资金总额 …  (and 其中：当年财政拨款, 上年结转资金, 其他资金)            │
 * │ 年度总体 │ 预期目标                         │ 实际完成情况                        │
 * │ 绩效指标 │ 一级 │ 二级 │ 三级指标 │ 年度指标值 │ 实际完成值 │ 分值 │ 得分 │ 偏差原因… │
 * │ 总分                                          │ 100.00 │ 99.89 │                  │
 * │ 评分等级                                      │ 优                               │
 * </pre>
 * The money columns stand over 三级指标, 年度指标值 and 实际完成值, 执行率 over 得分 and the execution
 * score over the deviation note, as on the Ministry's template: nine columns, none of them a sliver.
 * Widths fit A4 portrait at 10 pt with room for {@code 12,345,678.00} and {@code 100.00%¹}.
 */
final class SelfEvaluationLayout {

    static final String TITLE = "财政项目支出绩效自评表";
    static final String DEVIATION = "偏差原因分析及改进措施";
    static final int FUNDING_ROW = 4;
    static final int HEADER_ROW = 11;
    private static final String NONE = "—";

    private SelfEvaluationLayout() {
    }

    static Grid of(Form form) {
        Project project = form.project();
        Scorecard card = form.review().scorecard();
        Grid grid = new Grid(project.key().name(), FormLayout.qualifiers(project, "自评"), FormLayout.heading(TITLE, project),
                SelfEvaluationColumns.widths(project), Orientation.PORTRAIT);
        FormLayout.title(grid, project);
        grid.across(2, 0, 1, "项目名称", Style.LABEL).across(2, 2, 8, project.key().name(), Style.TEXT);
        grid.across(3, 0, 1, "主管部门", Style.LABEL).across(3, 2, 4, project.profile().department(), Style.TEXT)
                .put(3, 5, "实施单位", Style.LABEL).across(3, 6, 8, project.key().unit(), Style.TEXT);
        funding(grid, form, card.execution().orElseThrow());
        grid.put(9, 0, 2, 1, Value.text("年度总体目标"), Style.LABEL);
        grid.across(9, 1, 4, "预期目标", Style.LABEL).across(9, 5, 8, "实际完成情况", Style.LABEL);
        grid.across(10, 1, 4, project.goals().annual(), Style.TEXT)
                .across(10, 5, 8, project.goals().actualSummary(), Style.TEXT);
        int total = indicators(grid, project, card);
        grid.across(total, 0, 5, "总分", Style.LABEL)
                .put(total, 6, new Value.Points(card.weightSum()), Style.NUMBER)
                .put(total, 7, points(card.total()), Style.NUMBER)
                .put(total, 8, Value.BLANK, Style.TEXT);
        grid.across(total + 1, 0, 5, "评分等级", Style.LABEL)
                .across(total + 1, 6, 8, card.grade().map(grade -> grade.symbol()).orElse(""), Style.CENTER);
        Notes notes = Notes.of(form.review().findings());
        mark(grid, notes, total);
        notes.appendTo(grid, total + 2);
        return grid;
    }

    private static void funding(Grid grid, Form form, ExecutionScore execution) {
        Project project = form.project();
        int row = FUNDING_ROW;
        grid.put(row, 0, 5, 1, Value.text(FormLayout.moneyLabel(project)), Style.LABEL);
        grid.across(row, 1, 2, "", Style.LABEL);
        int column = 3;
        for (FundingColumn funding : FundingColumn.values()) {
            grid.put(row, column++, funding.label().zh(), Style.LABEL);
        }
        grid.put(row, 6, "分值", Style.LABEL).put(row, 7, "执行率", Style.LABEL).put(row, 8, "得分", Style.LABEL);
        for (FundingSource source : FundingSource.values()) {
            FundingLine line = project.funding().line(source);
            grid.across(++row, 1, 2, FormLayout.lineLabel(source), Style.LABEL);
            column = 3;
            for (FundingColumn funding : FundingColumn.values()) {
                grid.put(row, column++, FormLayout.money(line.get(funding)), Style.NUMBER);
            }
            if (source == FundingSource.TOTAL) {
                grid.put(row, 6, new Value.Points(execution.weight()), Style.NUMBER);
                rate(grid, row, execution.rate());
                grid.put(row, 8, new Value.Points(execution.score()), Style.NUMBER);
            } else {
                grid.put(row, 6, NONE, Style.CENTER);
                rate(grid, row, FormLayout.rate(line, form.rules()));
                grid.put(row, 8, NONE, Style.CENTER);
            }
        }
    }

    /** A line's execution rate, or — where there is none (nothing budgeted or spent). */
    private static void rate(Grid grid, int row, Optional<BigDecimal> rate) {
        if (rate.isPresent()) {
            grid.put(row, 7, new Value.Rate(rate.get()), Style.NUMBER);
        } else {
            grid.put(row, 7, NONE, Style.CENTER);
        }
    }

    /** The indicator table; returns the row after it. */
    private static int indicators(Grid grid, Project project, Scorecard card) {
        List<Indicator> indicators = project.indicators();
        int header = HEADER_ROW;
        grid.put(header, 0, indicators.size() + 1, 1, Value.text("绩效指标"), Style.LABEL);
        List<String> labels = List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", DEVIATION);
        for (int i = 0; i < labels.size(); i++) {
            grid.put(header, i + 1, labels.get(i), Style.LABEL);
        }
        grid.header(header);
        IndicatorRows.categories(grid, header + 1, indicators, 1, 2);
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            int row = header + 1 + i;
            grid.put(row, 3, indicator.name(), Style.TEXT)
                    .put(row, 4, indicator.target().text(), Style.CENTER)
                    .put(row, 5, indicator.actual().text(), Style.CENTER)
                    .put(row, 6, points(indicator.weight()), Style.NUMBER)
                    .put(row, 7, points(card.indicator(i).score()), Style.NUMBER)
                    .put(row, 8, indicator.deviation(), Style.TEXT);
        }
        return header + indicators.size() + 1;
    }

    /** Marks every printed figure that differs from the rules' where the rules' figure stands. */
    private static void mark(Grid grid, Notes notes, int total) {
        int execution = FUNDING_ROW + 1;
        grid.mark(execution, 6, notes.mark("execution_weight"));
        grid.mark(execution, 7, notes.mark("execution_rate"));
        grid.mark(execution, 8, notes.mark("execution_score"));
        grid.mark(total, 7, notes.mark("total_score"));
        grid.mark(total + 1, 6, notes.mark("grade"));
        for (int i = 0; HEADER_ROW + 1 + i < total; i++) {
            grid.mark(HEADER_ROW + 1 + i, 7, notes.indicatorMark(i));
        }
    }

    private static Value points(Optional<BigDecimal> value) {
        return value.<Value>map(Value.Points::new).orElse(Value.BLANK);
    }
}
