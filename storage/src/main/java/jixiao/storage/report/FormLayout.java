package jixiao.storage.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jixiao.domain.check.Review;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.scoring.Arithmetic;
import jixiao.domain.scoring.ExecutionScore;
import jixiao.domain.scoring.Scorecard;
import jixiao.storage.report.Grid.Style;

/**
 * The official layouts, cell for cell: 财政项目支出绩效自评表 (self-evaluation) and 财政项目支出绩效目标申报表
 * (declaration), as finance offices file and publish them. Figures are the scorecard's, as it
 * gives them; amounts are printed as the form holds them.
 */
final class FormLayout {

    static final String SELF_EVALUATION_TITLE = "财政项目支出绩效自评表";
    static final String DECLARATION_TITLE = "财政项目支出绩效目标申报表";
    static final String DEVIATION = "偏差原因分析及改进措施";

    /** 绩效指标 | 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 (two columns). */
    private static final List<Integer> SELF_EVALUATION_WIDTHS = List.of(8, 10, 14, 20, 14, 13, 10, 8, 12, 14);
    /** 绩效指标 | 一级 | 二级 | 三级 | 年度指标值 (two columns). */
    private static final List<Integer> DECLARATION_WIDTHS = List.of(14, 10, 18, 36, 12, 12);
    private static final List<FundingSource> PARTS = List.of(FundingSource.FISCAL, FundingSource.CARRYOVER,
            FundingSource.OTHER);
    private static final String NONE = "—";

    private FormLayout() {
    }

    static Grid of(Project project, Review review) {
        return review.scorecard().execution().isPresent() ? selfEvaluation(project, review.scorecard())
                : declaration(project);
    }

    private static Grid selfEvaluation(Project project, Scorecard card) {
        Grid grid = new Grid(project.key().name(), SELF_EVALUATION_WIDTHS);
        grid.across(0, 0, 9, SELF_EVALUATION_TITLE, Style.TITLE);
        grid.across(1, 0, 9, "（" + project.key().year() + "年度）", Style.CAPTION);
        grid.across(2, 0, 1, "项目名称", Style.LABEL).across(2, 2, 9, project.key().name(), Style.TEXT);
        grid.across(3, 0, 1, "主管部门", Style.LABEL).across(3, 2, 3, project.profile().department(), Style.TEXT)
                .put(3, 4, "实施单位", Style.LABEL).across(3, 5, 9, project.key().unit(), Style.TEXT);

        ExecutionScore execution = card.execution().orElseThrow();
        grid.put(4, 0, 5, 2, money(project), Style.LABEL);
        grid.across(4, 2, 3, "", Style.LABEL);
        int column = 4;
        for (FundingColumn funding : FundingColumn.values()) {
            grid.put(4, column++, funding.label().zh(), Style.LABEL);
        }
        grid.put(4, 7, "分值", Style.LABEL).put(4, 8, "执行率", Style.LABEL).put(4, 9, "得分", Style.LABEL);
        fundingLine(grid, 5, "年度资金总额", project.funding().total());
        grid.put(5, 7, Arithmetic.two(execution.weight()), Style.NUMBER)
                .put(5, 8, execution.rate().map(rate -> rate.toPlainString() + "%").orElse(NONE), Style.NUMBER)
                .put(5, 9, Arithmetic.two(execution.score()), Style.NUMBER);
        int row = 6;
        for (FundingSource source : PARTS) {
            fundingLine(grid, row, (source == FundingSource.FISCAL ? "其中：" : "") + source.label().zh(),
                    project.funding().line(source));
            grid.put(row, 7, NONE, Style.CENTER).put(row, 8, NONE, Style.CENTER).put(row, 9, NONE, Style.CENTER);
            row++;
        }

        grid.put(9, 0, 2, 1, "年度总体目标", Style.LABEL);
        grid.across(9, 1, 5, "预期目标", Style.LABEL).across(9, 6, 9, "实际完成情况", Style.LABEL);
        grid.across(10, 1, 5, project.goals().annual(), Style.TEXT)
                .across(10, 6, 9, project.goals().actualSummary(), Style.TEXT);

        int header = 11;
        List<Indicator> indicators = project.indicators();
        grid.put(header, 0, indicators.size() + 1, 1, "绩效指标", Style.LABEL);
        grid.put(header, 1, "一级指标", Style.LABEL).put(header, 2, "二级指标", Style.LABEL)
                .put(header, 3, "三级指标", Style.LABEL).put(header, 4, "年度指标值", Style.LABEL)
                .put(header, 5, "实际完成值", Style.LABEL).put(header, 6, "分值", Style.LABEL)
                .put(header, 7, "得分", Style.LABEL).across(header, 8, 9, DEVIATION, Style.LABEL);
        grid.repeat(header);
        categories(grid, header + 1, indicators);
        BigDecimal points = execution.weight();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            int at = header + 1 + i;
            points = points.add(indicator.weight().orElse(BigDecimal.ZERO));
            grid.put(at, 3, indicator.name(), Style.TEXT)
                    .put(at, 4, indicator.target().text(), Style.CENTER)
                    .put(at, 5, indicator.actual().text(), Style.CENTER)
                    .put(at, 6, two(indicator.weight()), Style.NUMBER)
                    .put(at, 7, two(card.indicator(i).score()), Style.NUMBER)
                    .across(at, 8, 9, indicator.deviation(), Style.TEXT);
        }
        int total = header + indicators.size() + 1;
        grid.across(total, 0, 5, "总分", Style.LABEL)
                .put(total, 6, Arithmetic.two(points), Style.NUMBER)
                .put(total, 7, two(card.total()), Style.NUMBER)
                .across(total, 8, 9, "", Style.TEXT);
        grid.across(total + 1, 0, 5, "评分等级", Style.LABEL)
                .across(total + 1, 6, 9, card.grade().map(grade -> grade.symbol()).orElse(""), Style.CENTER);
        return grid;
    }

    private static Grid declaration(Project project) {
        Grid grid = new Grid(project.key().name(), DECLARATION_WIDTHS);
        grid.across(0, 0, 5, DECLARATION_TITLE, Style.TITLE);
        grid.across(1, 0, 5, "（" + project.key().year() + "年度）", Style.CAPTION);
        grid.put(2, 0, "项目名称", Style.LABEL).across(2, 1, 5, project.key().name(), Style.TEXT);
        pair(grid, 3, "主管部门", project.profile().department(), "实施单位", project.key().unit());
        pair(grid, 4, "项目性质", project.profile().nature(), "项目类别", project.profile().category());
        pair(grid, 5, "计划开始日期", project.profile().start(), "计划完成日期", project.profile().end());
        grid.put(6, 0, 4, 1, money(project), Style.LABEL);
        grid.across(6, 1, 2, "年度资金申请总额", Style.LABEL)
                .across(6, 3, 5, amount(project.funding().total(), FundingColumn.INITIAL), Style.NUMBER);
        int row = 7;
        for (FundingSource source : PARTS) {
            grid.across(row, 1, 2, (source == FundingSource.FISCAL ? "其中：" : "") + source.label().zh(), Style.LABEL)
                    .across(row, 3, 5, amount(project.funding().line(source), FundingColumn.INITIAL), Style.NUMBER);
            row++;
        }
        grid.put(10, 0, "项目总目标", Style.LABEL).across(10, 1, 5, project.goals().overall(), Style.TEXT);
        grid.put(11, 0, "年度总体目标", Style.LABEL).across(11, 1, 5, project.goals().annual(), Style.TEXT);
        int header = 12;
        List<Indicator> indicators = project.indicators();
        grid.put(header, 0, indicators.size() + 1, 1, "绩效指标", Style.LABEL);
        grid.put(header, 1, "一级指标", Style.LABEL).put(header, 2, "二级指标", Style.LABEL)
                .put(header, 3, "三级指标", Style.LABEL).across(header, 4, 5, "年度指标值", Style.LABEL);
        grid.repeat(header);
        categories(grid, header + 1, indicators);
        for (int i = 0; i < indicators.size(); i++) {
            grid.put(header + 1 + i, 3, indicators.get(i).name(), Style.TEXT)
                    .across(header + 1 + i, 4, 5, indicators.get(i).target().text(), Style.CENTER);
        }
        return grid;
    }

    /**
     * The level-1 and level-2 columns, merged over consecutive rows of the same category as the
     * paper form merges them; a level-2 group never runs past the end of its level-1 group.
     */
    private static void categories(Grid grid, int firstRow, List<Indicator> indicators) {
        int start = 0;
        for (int i = 1; i <= indicators.size(); i++) {
            if (i == indicators.size() || !same(indicators.get(i).level1(), indicators.get(start).level1())) {
                grid.put(firstRow + start, 1, i - start, 1, indicators.get(start).level1().strip(), Style.CENTER);
                start = i;
            }
        }
        start = 0;
        for (int i = 1; i <= indicators.size(); i++) {
            if (i == indicators.size() || !same(indicators.get(i).level1(), indicators.get(start).level1())
                    || !same(indicators.get(i).level2(), indicators.get(start).level2())) {
                grid.put(firstRow + start, 2, i - start, 1, indicators.get(start).level2().strip(), Style.CENTER);
                start = i;
            }
        }
    }

    private static boolean same(String one, String other) {
        return one.strip().equals(other.strip());
    }

    private static void pair(Grid grid, int row, String label, String value, String otherLabel, String otherValue) {
        grid.put(row, 0, label, Style.LABEL).across(row, 1, 2, value, Style.TEXT)
                .put(row, 3, otherLabel, Style.LABEL).across(row, 4, 5, otherValue, Style.TEXT);
    }

    private static void fundingLine(Grid grid, int row, String label, FundingLine line) {
        grid.across(row, 2, 3, label, Style.LABEL);
        int column = 4;
        for (FundingColumn funding : FundingColumn.values()) {
            grid.put(row, column++, amount(line, funding), Style.NUMBER);
        }
    }

    private static String money(Project project) {
        String unit = project.funding().moneyUnit().strip();
        return unit.isEmpty() ? "项目资金" : "项目资金（" + unit + "）";
    }

    private static String amount(FundingLine line, FundingColumn column) {
        return line.get(column).map(BigDecimal::toPlainString).orElse("");
    }

    private static String two(Optional<BigDecimal> value) {
        return value.map(Arithmetic::two).orElse("");
    }
}
