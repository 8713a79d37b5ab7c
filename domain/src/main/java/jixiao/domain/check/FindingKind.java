package jixiao.domain.check;

import jixiao.domain.language.Bilingual;

/**
 * Every kind of finding the checks and the target-quality lint make: its stable code (what
 * {@code --format json} and scripts see) and its name in both languages (what people read).
 */
public enum FindingKind {
    ZERO_ADJUSTED_BUDGET("zero-adjusted-budget", "全年预算数为零", "zero adjusted budget"),
    NEGATIVE_AMOUNT("negative-amount", "金额或分值为负", "negative amount or weight"),
    WEIGHTS_NOT_100("weights-not-100", "分值合计不符", "weights do not add up"),
    FUNDING_NOT_SUMMED("funding-not-summed", "资金合计不符", "funding does not add up"),
    MISSING_WEIGHT("missing-weight", "缺少分值", "no weight"),
    NO_SCORE("no-score", "没有得分", "no score"),
    SCORE_OUT_OF_RANGE("score-out-of-range", "得分超出范围", "score out of range"),
    MISSING_DEVIATION_NOTE("missing-deviation-note", "缺少偏差说明", "no deviation note"),
    OVER_TARGET_WITHOUT_NOTE("over-target-without-note", "大幅超额未说明", "over target without a note"),
    EMPTY_TARGET("empty-target", "缺少指标值", "no target"),
    UNREADABLE_TARGET("unreadable-target", "指标值无法解读", "unreadable target"),
    OVER_TARGET("over-target", "超额完成", "over target"),
    EQUALS_STRICT_TARGET("equals-strict-target", "恰等于严格目标", "equals a strict target"),
    UNIT_MISMATCH("unit-mismatch", "单位不一致", "unit mismatch"),
    MANUAL_OUTSIDE_BAND("manual-outside-band", "人工评分超出档次", "score set by hand outside its band"),
    DUPLICATE_INDICATOR("duplicate-indicator", "指标重复", "duplicate indicator"),
    MOSTLY_QUALITATIVE("mostly-qualitative", "定性指标偏多", "mostly qualitative"),
    NO_COST_INDICATOR("no-cost-indicator", "缺少成本指标", "no cost indicator"),
    TARGET_MET_BY_NOTHING("target-met-by-nothing", "目标无需努力即达成", "target met by doing nothing"),
    SATISFACTION_100("satisfaction-100", "满意度目标为100%", "satisfaction target of 100%"),
    UNKNOWN_LEVEL1("unknown-level1", "一级指标不规范", "unknown level-1 category"),
    UNEXPECTED_LEVEL2("unexpected-level2", "二级指标归属不符", "level-2 category under another level 1"),
    JUDGEMENT("judgement", "人工评判", "judgement call"),
    MISMATCH("mismatch", "与表上数字不符", "differs from the printed figure"),
    WHOLE_PROJECT_FUNDING_NOT_SUMMED("whole-project-funding-not-summed", "项目资金总额不符", "whole-project funding does not add up"),
    ADJUSTMENT_WITHOUT_REASON("adjustment-without-reason", "调整未说明原因", "adjustment without a reason"),
    ADJUSTMENT_WITHOUT_DATE("adjustment-without-date", "调整未填批复日期", "adjustment without an approval date"),
    RECTIFY_WITHOUT_MEASURES("rectify-without-measures", "整改缺少措施", "putting right without measures"),
    NO_BUDGET_LIGHT("no-budget-light", "预算执行未亮灯", "no budget light"),
    BUDGET_LIGHT_WITHOUT_CAUSE("budget-light-without-cause", "预算亮灯缺原因", "budget light without a cause"),
    NO_LIGHT("no-light", "指标未亮灯", "no light"),
    LIGHT_WITHOUT_CAUSE("light-without-cause", "亮灯缺原因", "light without a cause"),
    BLUE_LIGHT("blue-light", "蓝灯", "blue light"),
    QUALITATIVE_WHERE_NUMERIC("qualitative-where-numeric", "可量化却未量化", "qualitative where a number fits"),
    SAME_TARGET_IN_EVERY_PROJECT("same-target-in-every-project", "各项目目标雷同", "the same target in every project"),
    TARGET_BELOW_LAST_ACTUAL("target-below-last-actual", "目标低于上年实际", "target below last year's actual");

    private final String code;
    private final Bilingual label;

    FindingKind(String code, String zh, String en) {
        this.code = code;
        this.label = new Bilingual(zh, en);
    }

    public String code() {
        return code;
    }

    public Bilingual label() {
        return label;
    }

    /** The name of the kind with this code; the code itself for one that is not listed here. */
    public static Bilingual named(String code) {
        for (FindingKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind.label;
            }
        }
        return Bilingual.same(code);
    }
}
