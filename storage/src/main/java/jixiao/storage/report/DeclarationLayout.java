package jixiao.storage.report;

import java.util.List;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Profile;
import jixiao.domain.project.Project;
import jixiao.domain.project.WholeProjectFunding;
import jixiao.domain.stage.Declaration;
import jixiao.storage.report.Grid.Orientation;
import jixiao.storage.report.Grid.Style;

/**
 * 财政项目支出绩效目标申报表, cell for cell as the paper (domain.md):
 * <pre>
 * ┌─────────────────────────── 财政项目支出绩效目标申报表 ──────────────────────────┐
 * │ 项目名称     │ name                   │ 项目性质     │ nature │ 项目类别 │ category │
 * │ 主管部门     │ department             │ 实施单位     │ unit                        │
 * │ 计划开始日期 │ start                  │ 计划完成日期 │ end                         │
 * │ 项目资金（元）│ 项目资金总额 │ amount │ 年度资金申请总额       │ amount            │
 * │              │ 其中：财政资金 …        │ 其中：当年财政拨款 / 上年结转资金 / 其他资金 │
 * │ 项目绩效目标 │ 项目总目标                        │ 年度总体目标                  │
 * │ 绩效指标     │ 一级 │ 二级 │ 三级指标                            │ 年度(/项目)指标值 │
 * </pre>
 * Widths fit A4 portrait at 10 pt; 三级指标 gets the room, since declarations name their
 * indicators at length.
 */
final class DeclarationLayout {

    static final String TITLE = "财政项目支出绩效目标申报表";
    /** 标签 | 一级 | 二级 | 三级… (four columns) | 指标值. */
    static final List<Integer> WIDTHS = List.of(14, 8, 10, 14, 12, 12, 10, 14);
    static final int FUNDING_ROW = 5;
    static final int HEADER_ROW = 11;

    private DeclarationLayout() {
    }

    static Grid of(Form form) {
        Project project = form.project();
        Profile profile = project.profile();
        Grid grid = new Grid(project.key().name(), FormLayout.qualifiers(project, "申报"), FormLayout.heading(TITLE, project),
                WIDTHS, Orientation.PORTRAIT);
        FormLayout.title(grid, project);
        grid.put(2, 0, "项目名称", Style.LABEL).across(2, 1, 3, project.key().name(), Style.TEXT)
                .put(2, 4, "项目性质", Style.LABEL).put(2, 5, profile.nature(), Style.TEXT)
                .put(2, 6, "项目类别", Style.LABEL).put(2, 7, profile.category(), Style.TEXT);
        pair(grid, 3, "主管部门", profile.department(), "实施单位", project.key().unit());
        pair(grid, 4, "计划开始日期", profile.start(), "计划完成日期", profile.end());
        funding(grid, project, form.year().declaration().map(Declaration::wholeProject).orElse(WholeProjectFunding.EMPTY));
        grid.put(9, 0, 2, 1, Value.text("项目绩效目标"), Style.LABEL);
        grid.across(9, 1, 4, "项目总目标", Style.LABEL).across(9, 5, 7, "年度总体目标", Style.LABEL);
        grid.across(10, 1, 4, project.goals().overall(), Style.TEXT).across(10, 5, 7, project.goals().annual(), Style.TEXT);
        int end = indicators(grid, project.indicators());
        Notes.of(form.review().findings()).appendTo(grid, end);
        return grid;
    }

    /**
     * Left, the whole project's money (项目资金总额 / 其中：财政资金 / 其他资金); right, this year's
     * request by source. The last left pair stands over two rows, since the right has four.
     */
    private static void funding(Grid grid, Project project, WholeProjectFunding whole) {
        int row = FUNDING_ROW;
        grid.put(row, 0, 4, 1, Value.text(FormLayout.moneyLabel(project)), Style.LABEL);
        grid.put(row, 1, 1, 2, Value.text("项目资金总额"), Style.LABEL).put(row, 3, FormLayout.money(whole.total()), Style.NUMBER);
        grid.put(row + 1, 1, 1, 2, Value.text("其中：财政资金"), Style.LABEL)
                .put(row + 1, 3, FormLayout.money(whole.fiscal()), Style.NUMBER);
        grid.put(row + 2, 1, 2, 2, Value.text("其他资金"), Style.LABEL)
                .put(row + 2, 3, 2, 1, FormLayout.money(whole.other()), Style.NUMBER);
        for (FundingSource source : FundingSource.values()) {
            String label = source == FundingSource.TOTAL ? "年度资金申请总额" : FormLayout.lineLabel(source);
            grid.across(row, 4, 5, label, Style.LABEL)
                    .across(row, 6, 7, FormLayout.money(project.funding().line(source).get(FundingColumn.INITIAL)),
                            Style.NUMBER);
            row++;
        }
    }

    /** The indicator table; returns the row after it. */
    private static int indicators(Grid grid, List<Indicator> indicators) {
        int header = HEADER_ROW;
        grid.put(header, 0, indicators.size() + 1, 1, Value.text("绩效指标"), Style.LABEL);
        grid.put(header, 1, "一级指标", Style.LABEL).put(header, 2, "二级指标", Style.LABEL)
                .across(header, 3, 6, "三级指标", Style.LABEL).put(header, 7, "年度(/项目)指标值", Style.LABEL);
        grid.header(header);
        IndicatorRows.categories(grid, header + 1, indicators, 1, 2);
        for (int i = 0; i < indicators.size(); i++) {
            grid.across(header + 1 + i, 3, 6, indicators.get(i).name(), Style.TEXT)
                    .put(header + 1 + i, 7, indicators.get(i).target().text(), Style.CENTER);
        }
        return header + indicators.size() + 1;
    }

    /** A row of two labelled values, each across half the form: 主管部门 | … | 实施单位 | …. */
    static void pair(Grid grid, int row, String label, String value, String otherLabel, String otherValue) {
        grid.put(row, 0, label, Style.LABEL).across(row, 1, 3, value, Style.TEXT)
                .put(row, 4, otherLabel, Style.LABEL).across(row, 5, 7, otherValue, Style.TEXT);
    }
}
