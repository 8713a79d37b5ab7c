package jixiao.domain.project;

import jixiao.domain.language.Bilingual;

/**
 * Each field a person fills in on the paper forms, with the words the paper prints for it (which
 * can differ between the declaration and the self-evaluation) and its key in the exchange format.
 * One home for these words: the text UI's labels and the history's field names both come from here.
 */
public enum FormField {
    YEAR("year", "年度", "Year"),
    NAME("name", "项目名称", "Project name"),
    CODE("code", "项目编码", "Project code"),
    DEPARTMENT("department", "主管部门", "Department"),
    UNIT("unit", "实施单位", "Implementing unit"),
    NATURE("nature", "项目性质", "Nature"),
    CATEGORY("category", "项目类别", "Category"),
    START("start", "计划开始日期", "Planned start"),
    END("end", "计划完成日期", "Planned end"),
    MONEY_UNIT("money_unit", "金额单位", "Money unit"),
    OVERALL_GOAL("overall_goal", "项目总目标", "Overall goal"),
    /** The year's goal: 年度总体目标 on the declaration, 预期目标 (under 年度总体目标) on the self-evaluation. */
    ANNUAL_GOAL("goal", "年度总体目标", "Annual goal"),
    ACTUAL_SUMMARY("actual_summary", "实际完成情况", "What was achieved"),
    LEVEL1("level1", "一级指标", "Level 1"),
    LEVEL2("level2", "二级指标", "Level 2"),
    INDICATOR("name", "三级指标", "Indicator"),
    /** 年度指标值 on the self-evaluation, 年度(/项目)指标值 on the declaration. */
    TARGET("target", "年度指标值", "Target"),
    ACTUAL("actual", "实际完成值", "Actual"),
    WEIGHT("weight", "分值", "Weight"),
    /** A score set by hand; blank leaves it to the rules. */
    SCORE("score", "得分", "Score"),
    DEVIATION("deviation", "偏差原因分析及改进措施", "Deviation note");

    private static final Bilingual EXPECTED_GOAL = new Bilingual("预期目标", "Expected goal");
    private static final Bilingual DECLARED_TARGET = new Bilingual("年度(/项目)指标值", "Target");

    private final String key;
    private final Bilingual label;

    FormField(String key, String zh, String en) {
        this.key = key;
        this.label = new Bilingual(zh, en);
    }

    /** The key in the exchange format (for an indicator's fields, within the indicator). */
    public String key() {
        return key;
    }

    public Bilingual label() {
        return label;
    }

    /** The label as the given form prints it. */
    public Bilingual label(FormKind form) {
        if (this == ANNUAL_GOAL && form == FormKind.SELF_EVALUATION) {
            return EXPECTED_GOAL;
        }
        if (this == TARGET && form == FormKind.DECLARATION) {
            return DECLARED_TARGET;
        }
        return label;
    }

    /** Whether the field may hold several lines of text (goals and notes). */
    public boolean isMultiLine() {
        return this == OVERALL_GOAL || this == ANNUAL_GOAL || this == ACTUAL_SUMMARY || this == DEVIATION;
    }
}
