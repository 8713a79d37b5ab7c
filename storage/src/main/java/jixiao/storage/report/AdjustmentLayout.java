package jixiao.storage.report;

import java.time.LocalDate;
import java.util.List;
import jixiao.domain.project.FormField;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.stage.Adjustment;
import jixiao.domain.stage.StageField;
import jixiao.domain.stage.StageKind;
import jixiao.domain.stage.TargetChange;
import jixiao.storage.report.Grid.Orientation;
import jixiao.storage.report.Grid.Style;

/**
 * 项目支出绩效目标调整表: what an adjustment changed, beside what was declared, on A4 portrait in the
 * declaration's columns:
 * <pre>
 * ┌──────────────────────────── 项目支出绩效目标调整表 ─────────────────────────────┐
 * │ 项目名称     │ name                   │ 实施单位     │ unit                     │
 * │ 主管部门     │ department             │ 批复日期     │ 2025-06-30               │
 * │ 项目资金（元）│ 年度资金总额 …                │ 年初预算数   │ 调整后预算数        │
 * │ 调整原因     │ reason                                                           │
 * │ 调整指标     │ 一级 │ 二级 │ 三级指标              │ 原指标值     │ 调整后指标值        │
 * </pre>
 * Only the rows the adjustment changed are listed: the adjustment records changes, the declaration
 * the rest.
 */
final class AdjustmentLayout {

    static final String TITLE = StageKind.ADJUSTMENT.title().zh();
    static final int FUNDING_ROW = 4;

    private AdjustmentLayout() {
    }

    static Grid of(Form form) {
        Project adjusted = form.project();
        Adjustment adjustment = form.year().adjustment().orElseThrow();
        Project declared = form.year().declaration().orElseThrow().form();
        Grid grid = new Grid(adjusted.key().name(), FormLayout.qualifiers(adjusted, "调整"),
                FormLayout.heading(TITLE, adjusted), DeclarationLayout.WIDTHS, Orientation.PORTRAIT);
        FormLayout.title(grid, adjusted);
        DeclarationLayout.pair(grid, 2, "项目名称", adjusted.key().name(), "实施单位", adjusted.key().unit());
        DeclarationLayout.pair(grid, 3, "主管部门", adjusted.profile().department(), StageField.APPROVED_ON.label().zh(),
                adjustment.approvedOn().map(LocalDate::toString).orElse(""));
        int row = FUNDING_ROW;
        grid.put(row, 0, FundingSource.values().length + 1, 1, Value.text(FormLayout.moneyLabel(adjusted)), Style.LABEL);
        grid.across(row, 1, 3, "", Style.LABEL).across(row, 4, 5, FundingColumn.INITIAL.label().zh(), Style.LABEL)
                .across(row, 6, 7, "调整后预算数", Style.LABEL);
        for (FundingSource source : FundingSource.values()) {
            grid.across(++row, 1, 3, FormLayout.lineLabel(source), Style.LABEL)
                    .across(row, 4, 5, FormLayout.money(declared.funding().line(source).initial()), Style.NUMBER)
                    .across(row, 6, 7, adjustment.budgets().containsKey(source)
                            ? new Value.Money(adjustment.budgets().get(source)) : Value.text("—"),
                            adjustment.budgets().containsKey(source) ? Style.NUMBER : Style.CENTER);
        }
        grid.put(++row, 0, StageField.REASON.label().zh(), Style.LABEL).across(row, 1, 7, adjustment.reason(), Style.TEXT);
        int end = targets(grid, row + 1, adjustment.targets(), declared.indicators());
        Notes.of(form.review().findings()).appendTo(grid, end);
        return grid;
    }

    /** The rows changed, each with its target as declared and as adjusted; returns the row after them. */
    private static int targets(Grid grid, int header, List<TargetChange> changes, List<Indicator> declared) {
        grid.put(header, 0, Math.max(1, changes.size()) + 1, 1, Value.text("调整指标"), Style.LABEL);
        grid.put(header, 1, FormField.LEVEL1.label().zh(), Style.LABEL).put(header, 2, FormField.LEVEL2.label().zh(), Style.LABEL)
                .across(header, 3, 5, FormField.INDICATOR.label().zh(), Style.LABEL).put(header, 6, "原指标值", Style.LABEL)
                .put(header, 7, "调整后指标值", Style.LABEL);
        grid.header(header);
        if (changes.isEmpty()) {
            grid.across(header + 1, 1, 7, "（未调整指标值）", Style.CENTER);
            return header + 2;
        }
        List<Indicator> rows = changes.stream().map(change -> declared.get(change.index())).toList();
        IndicatorRows.categories(grid, header + 1, rows, 1, 2);
        for (int i = 0; i < changes.size(); i++) {
            TargetChange change = changes.get(i);
            grid.across(header + 1 + i, 3, 5, "第" + change.position() + "行 " + rows.get(i).name(), Style.TEXT)
                    .put(header + 1 + i, 6, rows.get(i).target().text(), Style.CENTER)
                    .put(header + 1 + i, 7, change.target().text(), Style.CENTER);
        }
        return header + changes.size() + 1;
    }
}
