package jixiao.domain.rules;

import jixiao.domain.language.Bilingual;

/** Every parameter of a rule set: its key in a rule-set file, and what it means in words. */
public enum Parameter {
    NAME("name", "规则集名称", "name of the rule set"),
    DESCRIPTION_ZH("description.zh", "中文说明", "description in Chinese"),
    DESCRIPTION_EN("description.en", "英文说明", "description in English"),
    TOTAL_POINTS("totalPoints", "满分：预算执行率分值与各指标分值之和应等于此数",
            "full marks: the execution weight plus all indicator weights must add up to this"),
    EXECUTION_WEIGHT("executionWeight", "预算执行率的分值", "points for budget execution"),
    EXECUTION_RATE_ROUNDING("executionRateRounding",
            "执行率保留两位小数的舍入方式（HALF_UP 四舍五入，DOWN 截断）",
            "how the execution rate is rounded to 2 decimals (HALF_UP, or DOWN to cut off)"),
    REVERSE_SCORING("reverseScoring", "反向指标（≤、<）未达成时的计分方法：ratio 或 deviation",
            "scoring of an unmet reverse target (≤, <): ratio or deviation"),
    OVER_TARGET_FACTOR("overTargetFactor",
            "≥、> 指标实际值超过目标值的多少倍时标记为超额（需复核目标是否偏低）",
            "for ≥ and > targets, an actual above this multiple of the target is flagged over-target"),
    OVER_TARGET_NEEDS_NOTE("overTargetNeedsNote", "大幅超额时是否必须填写偏差说明（true/false）",
            "whether large over-achievement needs a deviation note (true/false)"),
    OVER_TARGET_NOTE_SHARE("overTargetNoteShare", "实际值达到目标值的多少倍算大幅超额（如 1.30）",
            "the share of the target from which over-achievement counts as large (e.g. 1.30)"),
    ACHIEVED_SHARE("achievedShare", "“达成指标”建议得分占分值的比例", "suggested share of the weight for 达成指标"),
    PARTLY_ACHIEVED_SHARE("partlyAchievedShare", "“部分达成指标并具有一定效果”建议得分占分值的比例",
            "suggested share of the weight for 部分达成指标并具有一定效果"),
    NOT_ACHIEVED_SHARE("notAchievedShare", "“未达成指标且效果较差”建议得分占分值的比例",
            "suggested share of the weight for 未达成指标且效果较差"),
    ACHIEVED_BAND_FLOOR("achievedBandFloor", "“达成指标”人工评分区间的下限（占分值比例）",
            "lowest manual score for 达成指标, as a share of the weight"),
    PARTLY_ACHIEVED_BAND_FLOOR("partlyAchievedBandFloor", "“部分达成”人工评分区间的下限（占分值比例）",
            "lowest manual score for 部分达成, as a share of the weight"),
    EXCELLENT_FROM("excellentFrom", "总分达到此数评为“优”", "total from which the grade is 优"),
    GOOD_FROM("goodFrom", "总分达到此数评为“良”", "total from which the grade is 良"),
    FAIR_FROM("fairFrom", "总分达到此数评为“中”，低于则为“差”", "total from which the grade is 中; below it 差"),
    COST_INDICATORS_FROM("costIndicatorsFrom", "自此年度起表单应含“成本指标”",
            "year from which a form should have 成本指标"),
    MONITORING_YELLOW_FROM("monitoring.yellowFrom", "运行监控：进度（完成值 ÷ 按时间进度应完成值，%）达到此数为黄灯，低于为红灯",
            "monitoring: progress against the schedule, in %, from which a light is yellow (below it, red)"),
    MONITORING_GREEN_FROM("monitoring.greenFrom", "运行监控：进度达到此数（%）为绿灯",
            "monitoring: progress against the schedule, in %, from which a light is green"),
    MONITORING_BLUE_FROM("monitoring.blueFrom", "运行监控：累计类数量指标进度达到此数（%）为蓝灯（进度过快，目标可能偏低）",
            "monitoring: progress of an accumulating quantity, in %, from which its light is blue (far ahead)"),
    MONITORING_ACCUMULATING_UNITS("monitoring.accumulating", "运行监控：随年度累计、按月份折算进度的单位（逗号分隔）",
            "monitoring: units of quantities that accumulate over the year and are prorated by month (comma-separated)");

    private final String key;
    private final Bilingual meaning;

    Parameter(String key, String zh, String en) {
        this.key = key;
        this.meaning = new Bilingual(zh, en);
    }

    public String key() {
        return key;
    }

    public Bilingual meaning() {
        return meaning;
    }
}
