package jixiao.storage.exchange;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jixiao.domain.language.Language;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;

/**
 * The columns of the spreadsheet formats (CSV and XLSX), in the order export writes them, each with
 * its English and Chinese header as {@code exchange.md} lists them. One row holds one indicator; the
 * project's columns repeat on each of its rows.
 */
enum Column {
    YEAR("year", "年度", Part.KEY),
    CODE("code", "项目编码", Part.KEY),
    DEPARTMENT("department", "主管部门", Part.PROJECT),
    UNIT("unit", "实施单位", Part.KEY),
    NAME("name", "项目名称", Part.KEY),
    NATURE("nature", "项目性质", Part.PROJECT),
    CATEGORY("category", "项目类别", Part.PROJECT),
    START("start", "计划开始日期", Part.PROJECT),
    END("end", "计划完成日期", Part.PROJECT),
    MONEY_UNIT("money_unit", "金额单位", Part.PROJECT),
    TOTAL_INITIAL(FundingSource.TOTAL, FundingColumn.INITIAL, "total_initial", "年度资金总额-年初预算数"),
    TOTAL_ADJUSTED(FundingSource.TOTAL, FundingColumn.ADJUSTED, "total_adjusted", "年度资金总额-全年预算数"),
    TOTAL_EXECUTED(FundingSource.TOTAL, FundingColumn.EXECUTED, "total_executed", "年度资金总额-全年执行数"),
    FISCAL_INITIAL(FundingSource.FISCAL, FundingColumn.INITIAL, "fiscal_initial", "当年财政拨款-年初预算数"),
    FISCAL_ADJUSTED(FundingSource.FISCAL, FundingColumn.ADJUSTED, "fiscal_adjusted", "当年财政拨款-全年预算数"),
    FISCAL_EXECUTED(FundingSource.FISCAL, FundingColumn.EXECUTED, "fiscal_executed", "当年财政拨款-全年执行数"),
    CARRYOVER_INITIAL(FundingSource.CARRYOVER, FundingColumn.INITIAL, "carryover_initial", "上年结转资金-年初预算数"),
    CARRYOVER_ADJUSTED(FundingSource.CARRYOVER, FundingColumn.ADJUSTED, "carryover_adjusted", "上年结转资金-全年预算数"),
    CARRYOVER_EXECUTED(FundingSource.CARRYOVER, FundingColumn.EXECUTED, "carryover_executed", "上年结转资金-全年执行数"),
    OTHER_INITIAL(FundingSource.OTHER, FundingColumn.INITIAL, "other_initial", "其他资金-年初预算数"),
    OTHER_ADJUSTED(FundingSource.OTHER, FundingColumn.ADJUSTED, "other_adjusted", "其他资金-全年预算数"),
    OTHER_EXECUTED(FundingSource.OTHER, FundingColumn.EXECUTED, "other_executed", "其他资金-全年执行数"),
    OVERALL_GOAL("overall_goal", "项目总目标", Part.PROJECT),
    GOAL("goal", "年度总体目标", Part.PROJECT),
    ACTUAL_SUMMARY("actual_summary", "实际完成情况", Part.PROJECT),
    LEVEL1("level1", "一级指标", Part.INDICATOR),
    LEVEL2("level2", "二级指标", Part.INDICATOR),
    INDICATOR("indicator", "三级指标", Part.INDICATOR),
    TARGET("target", "年度指标值", Part.INDICATOR),
    ACTUAL("actual", "实际完成值", Part.INDICATOR),
    WEIGHT("weight", "分值", Part.INDICATOR, true),
    SCORE("score", "得分", Part.INDICATOR, true),
    DEVIATION("deviation", "偏差原因分析及改进措施", Part.INDICATOR),
    EXECUTION_WEIGHT("execution_weight", "预算执行率分值", Part.PROJECT, true),
    EXECUTION_RATE("execution_rate", "预算执行率", Part.PROJECT, true),
    EXECUTION_SCORE("execution_score", "预算执行率得分", Part.PROJECT, true),
    TOTAL_SCORE("total_score", "总分", Part.PROJECT, true),
    GRADE("grade", "评分等级", Part.PROJECT),
    // The year's stages (docs/exchange.md): the stages an object holds, then what each adds to the form.
    STAGES("stages", "阶段", Part.PROJECT, Group.ALWAYS),
    PROJECT_TOTAL("project_total", "项目资金总额", Group.PROJECT_FUNDING),
    PROJECT_FISCAL("project_fiscal", "其中：财政资金", Group.PROJECT_FUNDING),
    PROJECT_OTHER("project_other", "其他资金", Group.PROJECT_FUNDING),
    DECLARED_TARGET("declared_target", "申报指标值", Part.INDICATOR, Group.ADJUSTMENT),
    ADJUSTMENT_REASON("adjustment_reason", "调整原因", Part.PROJECT, Group.ADJUSTMENT),
    ADJUSTMENT_APPROVED_ON("adjustment_approved_on", "批复日期", Part.PROJECT, Group.ADJUSTMENT),
    ADJUSTMENT_TOTAL("adjustment_total", "调整预算数-年度资金总额", Group.ADJUSTMENT),
    ADJUSTMENT_FISCAL("adjustment_fiscal", "调整预算数-当年财政拨款", Group.ADJUSTMENT),
    ADJUSTMENT_CARRYOVER("adjustment_carryover", "调整预算数-上年结转资金", Group.ADJUSTMENT),
    ADJUSTMENT_OTHER("adjustment_other", "调整预算数-其他资金", Group.ADJUSTMENT),
    MONITORING_MONTH("monitoring_month", "监控月份", Part.PROJECT, Group.MONITORING),
    MONITORING_TOTAL_EXECUTED("monitoring_total_executed", "年度资金总额-1–M月执行数", Group.MONITORING),
    MONITORING_TOTAL_FORECAST("monitoring_total_forecast", "年度资金总额-全年预计执行数", Group.MONITORING),
    MONITORING_FISCAL_EXECUTED("monitoring_fiscal_executed", "当年财政拨款-1–M月执行数", Group.MONITORING),
    MONITORING_FISCAL_FORECAST("monitoring_fiscal_forecast", "当年财政拨款-全年预计执行数", Group.MONITORING),
    MONITORING_CARRYOVER_EXECUTED("monitoring_carryover_executed", "上年结转资金-1–M月执行数", Group.MONITORING),
    MONITORING_CARRYOVER_FORECAST("monitoring_carryover_forecast", "上年结转资金-全年预计执行数", Group.MONITORING),
    MONITORING_OTHER_EXECUTED("monitoring_other_executed", "其他资金-1–M月执行数", Group.MONITORING),
    MONITORING_OTHER_FORECAST("monitoring_other_forecast", "其他资金-全年预计执行数", Group.MONITORING),
    BUDGET_CAUSE("budget_cause", "预算执行偏差原因", Part.PROJECT, Group.MONITORING),
    PROGRESS("progress", "1–M月实际完成值", Part.INDICATOR, Group.MONITORING),
    FORECAST("forecast", "全年预计完成值", Part.INDICATOR, Group.MONITORING),
    LIKELIHOOD("likelihood", "完成目标可能性", Part.INDICATOR, Group.MONITORING),
    CAUSES("causes", "偏差原因", Part.INDICATOR, Group.MONITORING),
    CAUSE_NOTE("cause_note", "原因说明", Part.INDICATOR, Group.MONITORING),
    CORRECTION("correction", "纠偏措施", Part.INDICATOR, Group.MONITORING),
    MONITORING_SUMMARY("monitoring_summary", "总体目标完成情况", Part.PROJECT, Group.MONITORING),
    RECTIFY("rectify", "是否需要整改", Part.PROJECT, Group.MONITORING),
    RECTIFY_NOTE("rectify_note", "整改措施", Part.PROJECT, Group.MONITORING),
    FORMS("forms", "其他阶段表单", Part.PROJECT, Group.FORMS);

    /** Which part of a project a column belongs to. */
    enum Part {
        /** Identifies the project: a row whose key differs from the row above starts another project. */
        KEY,
        /** Describes the project; repeated on each of its rows, or left blank on later ones. */
        PROJECT,
        /** Describes the row's own indicator. */
        INDICATOR
    }

    /**
     * Which columns export writes: those of the form and {@link #STAGES} always, each group of the
     * stage columns when a project exported has what it holds.
     */
    enum Group {
        FORM, ALWAYS, PROJECT_FUNDING, ADJUSTMENT, MONITORING, FORMS
    }

    /** Without these a file cannot say which project and indicator a row is. */
    static final Column[] REQUIRED = {YEAR, UNIT, NAME, INDICATOR};

    private static final Map<String, Column> BY_HEADER = new HashMap<>();

    static {
        for (Column column : values()) {
            BY_HEADER.put(column.english, column);
            BY_HEADER.put(column.chinese, column);
        }
    }

    private final String english;
    private final String chinese;
    private final Part part;
    private final Group group;
    private final boolean amount;
    private final FundingSource source;
    private final FundingColumn fundingColumn;

    Column(String english, String chinese, Part part) {
        this(english, chinese, part, false);
    }

    Column(String english, String chinese, Part part, boolean amount) {
        this(english, chinese, part, amount, null, null);
    }

    Column(FundingSource source, FundingColumn fundingColumn, String english, String chinese) {
        this(english, chinese, Part.PROJECT, true, source, fundingColumn);
    }

    /** A column of the stages: of a group export writes only where a project has it. */
    Column(String english, String chinese, Part part, Group group) {
        this(english, chinese, part, group, false, null, null);
    }

    /** A money column of the stages, read with {@link jixiao.domain.project.Amounts#parse}. */
    Column(String english, String chinese, Group group) {
        this(english, chinese, Part.PROJECT, group, true, null, null);
    }

    Column(String english, String chinese, Part part, boolean amount, FundingSource source,
            FundingColumn fundingColumn) {
        this(english, chinese, part, Group.FORM, amount, source, fundingColumn);
    }

    Column(String english, String chinese, Part part, Group group, boolean amount, FundingSource source,
            FundingColumn fundingColumn) {
        this.english = english;
        this.chinese = chinese;
        this.part = part;
        this.group = group;
        this.amount = amount;
        this.source = source;
        this.fundingColumn = fundingColumn;
    }

    /** The column a header names, in either language. */
    static Optional<Column> byHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(header));
    }

    static boolean isChinese(String header) {
        return byHeader(header).map(column -> column.chinese.equals(header)).orElse(false);
    }

    String header(Language language) {
        return language == Language.ZH ? chinese : english;
    }

    Part part() {
        return part;
    }

    Group group() {
        return group;
    }

    /** Read with {@link jixiao.domain.project.Amounts#parse}: money, weights, scores and the published figures. */
    boolean isAmount() {
        return amount;
    }

    /** The funding line and column of a money column; empty for the others. */
    Optional<FundingSource> fundingSource() {
        return Optional.ofNullable(source);
    }

    FundingColumn fundingColumn() {
        return fundingColumn;
    }
}
