package jixiao.domain.scoring;

import jixiao.domain.language.Bilingual;

/** The rule that produced a suggested score, named as in {@code scoring.md}. */
public enum Rule {
    AT_LEAST("at-least", new Bilingual("不低于目标 ≥", "at least ≥"), new Bilingual("不低于目标（≥）：未达到时 实际 / 目标 × 分值",
            "at least the target (≥): when not met, actual / target × weight")),
    MORE_THAN("more-than", new Bilingual("高于目标 >", "more than >"), new Bilingual("高于目标（>）：未达到时 实际 / 目标 × 分值",
            "more than the target (>): when not met, actual / target × weight")),
    AT_MOST("at-most", new Bilingual("不高于目标 ≤", "at most ≤"), new Bilingual("不高于目标（≤）：未达到时按反向指标计分",
            "at most the target (≤): when not met, scored as a reverse target")),
    LESS_THAN("less-than", new Bilingual("低于目标 <", "less than <"), new Bilingual("低于目标（<）：未达到时按反向指标计分",
            "less than the target (<): when not met, scored as a reverse target")),
    EQUAL("equal", new Bilingual("等于目标 =", "equal ="), new Bilingual("等于目标（=）：不足时 实际 / 目标 × 分值",
            "equal to the target (=): when short, actual / target × weight")),
    ACHIEVEMENT("achievement", new Bilingual("按完成情况", "by achievement"), new Bilingual("按完成情况评分：达成、部分达成、未达成各得分值的一定比例",
            "scored by achievement: a share of the weight for achieved, partly achieved, not achieved")),
    JUDGEMENT("judgement", new Bilingual("人工评分", "by judgement"), new Bilingual("无适用规则，需人工评分", "no rule applies: a person must set the score"));

    private final String key;
    private final Bilingual label;
    private final Bilingual description;
    private final Bilingual step;

    Rule(String key, Bilingual label, Bilingual description) {
        this.key = key;
        this.label = label;
        this.description = description;
        this.step = new Bilingual("规则: " + description.zh(), "rule: " + description.en());
    }

    /** The first step of every explanation by this rule: {@code 规则: …}. */
    Bilingual step() {
        return step;
    }

    public String key() {
        return key;
    }

    /** The rule's short name for people; {@link #key} is for machines. */
    public Bilingual label() {
        return label;
    }

    public Bilingual description() {
        return description;
    }
}
