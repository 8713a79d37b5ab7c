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
    GRADE("grade", "评分等级", Part.PROJECT);

    /** Which part of a project a column belongs to. */
    enum Part {
        /** Identifies the project: a row whose key differs from the row above starts another project. */
        KEY,
        /** Describes the project; repeated on each of its rows, or left blank on later ones. */
        PROJECT,
        /** Describes the row's own indicator. */
        INDICATOR
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

    Column(String english, String chinese, Part part, boolean amount, FundingSource source,
            FundingColumn fundingColumn) {
        this.english = english;
        this.chinese = chinese;
        this.part = part;
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
