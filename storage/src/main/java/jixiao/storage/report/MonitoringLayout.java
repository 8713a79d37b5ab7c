package jixiao.storage.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.monitoring.IndicatorLight;
import jixiao.domain.monitoring.Light;
import jixiao.domain.monitoring.MonitoringReview;
import jixiao.domain.project.FormField;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.scoring.ExecutionScore;
import jixiao.domain.stage.FundingProgress;
import jixiao.domain.stage.IndicatorProgress;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.StageField;
import jixiao.domain.stage.StageKind;
import jixiao.storage.report.Grid.Orientation;
import jixiao.storage.report.Grid.Style;

/**
 * 项目支出绩效目标执行监控表, as monitoring.md lays it out, on A4 landscape:
 * <pre>
 * ┌────────────────────────────────── 项目支出绩效目标执行监控表 ───────────────────────────────────┐
 * │ 项目名称 │ name                                  │ 主管部门 │ department                        │
 * │ 实施单位 │ unit                                  │ 预算年度 │ 2025     │ 监控月份 │ 1–7月          │
 * │ 项目资金 │           │ 年初预算数 │ 调整预算数（全年预算数）│ 1–7月执行数 │ 执行率 │ 全年预计执行数 │ 偏差原因 │ 预警 │
 * │ （元）   │ 年度资金总额 …  (and 其中：当年财政拨款, 上年结转资金, 其他资金)                         │
 * │ 年度总体目标 │ goal                                                                            │
 * │ 总体目标完成情况 │ summary                                                                     │
 * │ 绩效指标 │ 一级 │ 二级 │ 三级指标 │ 年度指标值 │ 1–7月实际完成值 │ 全年预计完成值 │ 完成目标可能性 │
 * │          │      │      │          │ 偏差原因 │ 原因说明 │ 纠偏措施 │ 预警                            │
 * │ 是否需要整改 │ 否 │ 整改措施 │ …                                                                 │
 * │ 项目预警 │ 红：预算 红；指标 红 1，黄 3，绿 8 → 红                                                  │
 * </pre>
 * Every light is printed as its word (红, 黄, 绿, 蓝; 未亮灯 while nothing lights it), readable on a
 * black-and-white printer. The money columns are as wide as the widest amount needs; what the page
 * has left goes to the names and the two notes.
 */
final class MonitoringLayout {

    static final String TITLE = StageKind.MONITORING.title().zh();
    static final int FUNDING_ROW = 4;
    static final int HEADER_ROW = 11;
    /** What A4 landscape holds, in Excel units, between margins of 0.4 in (7 pixels a unit, 5 a column). */
    static final int PAGE_UNITS = 137;
    private static final int LABEL = 10;
    private static final int LEVEL1 = 8;
    private static final int LEVEL2 = 9;
    private static final int VALUE = 12;
    private static final int LIKELIHOOD = 9;
    private static final int CAUSES = 10;
    private static final int LIGHT = 5;
    private static final int NARROWEST = 10;
    private static final String NONE = "—";

    private MonitoringLayout() {
    }

    static Grid of(Form form) {
        Project project = form.project();
        MonitoringReturn monitored = form.year().monitoring().orElseThrow();
        MonitoringReview lights = form.review().monitoring().orElseThrow();
        String period = monitored.period().zh();
        Grid grid = new Grid(project.key().name(), FormLayout.qualifiers(project, "监控"),
                new Grid.Heading(TITLE, project.key().name(), project.key().year() + "年度 " + period), widths(monitored),
                Orientation.LANDSCAPE);
        grid.across(0, 0, grid.columns() - 1, TITLE, Style.TITLE);
        grid.across(1, 0, grid.columns() - 1, "（" + project.key().year() + "年度 " + period + "）", Style.CAPTION);
        grid.put(2, 0, "项目名称", Style.LABEL).across(2, 1, 5, project.key().name(), Style.TEXT)
                .put(2, 6, "主管部门", Style.LABEL).across(2, 7, 11, project.profile().department(), Style.TEXT);
        grid.put(3, 0, "实施单位", Style.LABEL).across(3, 1, 5, project.key().unit(), Style.TEXT)
                .put(3, 6, "预算年度", Style.LABEL).across(3, 7, 8, String.valueOf(project.key().year()), Style.CENTER)
                .put(3, 9, StageField.MONTH.label().zh(), Style.LABEL).across(3, 10, 11, period, Style.CENTER);
        funding(grid, form, monitored, lights);
        int goal = FUNDING_ROW + FundingSource.values().length + 1;
        grid.put(goal, 0, FormField.ANNUAL_GOAL.label().zh(), Style.LABEL)
                .across(goal, 1, 11, project.goals().annual(), Style.TEXT);
        grid.put(goal + 1, 0, StageField.SUMMARY.label().zh(), Style.LABEL)
                .across(goal + 1, 1, 11, monitored.conclusion().summary(), Style.TEXT);
        int end = indicators(grid, monitored, lights);
        grid.across(end, 0, 1, StageField.RECTIFY.label().zh(), Style.LABEL)
                .put(end, 2, monitored.conclusion().rectify().map(yes -> yes ? "是" : "否").orElse(""), Style.CENTER)
                .put(end, 3, StageField.RECTIFY_NOTE.label().zh(), Style.LABEL)
                .across(end, 4, 11, monitored.conclusion().rectifyNote(), Style.TEXT);
        grid.across(end + 1, 0, 1, "项目预警", Style.LABEL).across(end + 1, 2, 11, projectLight(lights), Style.TEXT);
        Notes.of(form.review().findings()).appendTo(grid, end + 2);
        return grid;
    }

    /**
     * 标签 | 一级 | 二级 | 三级/年初 | 指标值/调整预算数 | 完成值/执行数 | 预计/执行率 | 可能性 ┐全年预计执行数 |
     * 偏差原因 | 原因说明 ┐偏差原因 | 纠偏措施 ┘ | 预警. The money columns are as wide as the widest amount
     * needs; what the page has left is shared between 三级指标, 原因说明 and 纠偏措施 the way that makes the
     * indicator rows shortest, as the self-evaluation's columns are.
     */
    private static List<Integer> widths(MonitoringReturn monitored) {
        int value = Math.max(VALUE, money(monitored));
        int room = PAGE_UNITS - LABEL - LEVEL1 - LEVEL2 - 3 * value - LIKELIHOOD - CAUSES - LIGHT;
        int best = room / 3;
        int shortest = Integer.MAX_VALUE;
        for (int name = NARROWEST; name <= room - 2 * NARROWEST; name++) {
            int lines = lines(monitored, name, (room - name) / 2, room - name - (room - name) / 2);
            if (lines < shortest) {
                shortest = lines;
                best = name;
            }
        }
        int note = (room - best) / 2;
        return List.of(LABEL, LEVEL1, LEVEL2, best, value, value, value, LIKELIHOOD, CAUSES, note, room - best - note, LIGHT);
    }

    /** The lines the indicator rows take with names, cause notes and corrections in the given widths. */
    private static int lines(MonitoringReturn monitored, int name, int note, int correction) {
        int lines = 0;
        for (int i = 0; i < monitored.indicators().size(); i++) {
            IndicatorProgress row = monitored.progress(i);
            lines += Math.max(RowHeights.lines(monitored.form().indicators().get(i).name(), name),
                    Math.max(RowHeights.lines(row.causeNote(), note), RowHeights.lines(row.correction(), correction)));
        }
        return lines;
    }

    /** The units the widest amount of the return needs, printed as the paper prints it. */
    private static int money(MonitoringReturn monitored) {
        List<BigDecimal> amounts = new ArrayList<>();
        for (FundingSource source : FundingSource.values()) {
            FundingLine line = monitored.form().funding().line(source);
            line.initial().ifPresent(amounts::add);
            line.adjusted().ifPresent(amounts::add);
            monitored.funding(source).executed().ifPresent(amounts::add);
        }
        return amounts.stream().mapToInt(amount -> RowHeights.units(new Value.Money(amount).printed())).max().orElse(0);
    }

    /** The funding block: each line's budgets, what was spent to the month, its rate and forecast, the cause, the light. */
    private static void funding(Grid grid, Form form, MonitoringReturn monitored, MonitoringReview lights) {
        Project project = form.project();
        int row = FUNDING_ROW;
        int lines = FundingSource.values().length;
        grid.put(row, 0, lines + 1, 1, Value.text(FormLayout.moneyLabel(project)), Style.LABEL);
        grid.across(row, 1, 2, "", Style.LABEL).put(row, 3, FundingColumn.INITIAL.label().zh(), Style.LABEL)
                .put(row, 4, "调整预算数（全年预算数）", Style.LABEL)
                .put(row, 5, StageField.EXECUTED_TO_MONTH.label(monitored).zh(), Style.LABEL)
                .put(row, 6, "执行率", Style.LABEL)
                .across(row, 7, 8, StageField.EXPECTED_SPENDING.label().zh(), Style.LABEL)
                .across(row, 9, 10, StageField.CAUSES.label().zh(), Style.LABEL).put(row, 11, "预警", Style.LABEL);
        grid.put(row + 1, 9, lines, 2, Value.text(monitored.budgetCause()), Style.TEXT);
        grid.put(row + 1, 11, lines, 1, Value.text(word(lights.budget().light())), Style.CENTER);
        for (FundingSource source : FundingSource.values()) {
            FundingLine line = project.funding().line(source);
            FundingProgress progress = monitored.funding(source);
            grid.across(++row, 1, 2, FormLayout.lineLabel(source), Style.LABEL)
                    .put(row, 3, FormLayout.money(line.initial()), Style.NUMBER)
                    .put(row, 4, FormLayout.money(line.adjusted()), Style.NUMBER)
                    .put(row, 5, FormLayout.money(progress.executed()), Style.NUMBER);
            Optional<BigDecimal> rate = source == FundingSource.TOTAL ? lights.budget().rate() : rate(line, progress, form);
            grid.put(row, 6, rate.<Value>map(Value.Rate::new).orElse(Value.text(NONE)),
                    rate.isPresent() ? Style.NUMBER : Style.CENTER)
                    .across(row, 7, 8, FormLayout.money(progress.forecast()), Style.NUMBER);
        }
    }

    /**
     * A line's execution rate to the month: 1–M月执行数 ÷ 调整预算数 (÷ 年初预算数 where there is none),
     * from the rate's one home; the total's is the budget light's own.
     */
    private static Optional<BigDecimal> rate(FundingLine line, FundingProgress progress, Form form) {
        Optional<BigDecimal> budget = line.budgetInForce();
        if (progress.executed().isEmpty() || budget.isEmpty()) {
            return Optional.empty();
        }
        return ExecutionScore.rate(progress.executed().get(), budget.get(), form.rules().executionRateRounding());
    }

    /** The indicator table; returns the row after it. */
    private static int indicators(Grid grid, MonitoringReturn monitored, MonitoringReview lights) {
        List<Indicator> indicators = monitored.form().indicators();
        int header = HEADER_ROW;
        grid.put(header, 0, indicators.size() + 1, 1, Value.text("绩效指标"), Style.LABEL);
        List<String> labels = List.of(FormField.LEVEL1.label().zh(), FormField.LEVEL2.label().zh(),
                FormField.INDICATOR.label().zh(), FormField.TARGET.label().zh(), StageField.PROGRESS.label(monitored).zh(),
                StageField.FORECAST.label().zh(), StageField.LIKELIHOOD.label().zh(), StageField.CAUSES.label().zh(),
                StageField.CAUSE_NOTE.label().zh(), StageField.CORRECTION.label().zh(), "预警");
        for (int i = 0; i < labels.size(); i++) {
            grid.put(header, i + 1, labels.get(i), Style.LABEL);
        }
        grid.header(header);
        IndicatorRows.categories(grid, header + 1, indicators, 1, 2);
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            IndicatorProgress progress = monitored.progress(i);
            IndicatorLight light = lights.indicator(i);
            int row = header + 1 + i;
            grid.put(row, 3, indicator.name(), Style.TEXT)
                    .put(row, 4, indicator.target().text(), Style.CENTER)
                    .put(row, 5, progress.progress().text(), Style.CENTER)
                    .put(row, 6, progress.forecast().text(), Style.CENTER)
                    .put(row, 7, progress.likelihood().map(likelihood -> likelihood.words().zh()).orElse(""), Style.CENTER)
                    .put(row, 8, String.join("、", progress.causes().stream().map(cause -> cause.words().zh()).toList()),
                            Style.CENTER)
                    .put(row, 9, progress.causeNote(), Style.TEXT)
                    .put(row, 10, progress.correction(), Style.TEXT)
                    .put(row, 11, word(light.light()), Style.CENTER);
        }
        return header + indicators.size() + 1;
    }

    /** The project light in its word, and why: {@code 红（预算 红；指标 红 1，黄 3，绿 8）}. */
    private static String projectLight(MonitoringReview lights) {
        List<String> steps = lights.explanation().steps().stream().map(step -> step.zh()).toList();
        String why = steps.isEmpty() ? "" : steps.get(steps.size() - 1).replaceAll("\\s*→\\s*\\S+$", "");
        return word(lights.light()) + (why.isBlank() ? "" : "（" + why + "）");
    }

    private static String word(Optional<Light> light) {
        return light.map(Light::label).orElse(Light.UNLIT).zh();
    }
}
