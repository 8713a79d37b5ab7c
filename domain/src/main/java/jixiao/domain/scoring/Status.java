package jixiao.domain.scoring;

import jixiao.domain.language.Bilingual;

/** What the rules made of an indicator. */
public enum Status {
    MET("met", new Bilingual("达成", "met")),
    NOT_MET("not-met", new Bilingual("未完成", "not met")),
    ACHIEVED("achieved", new Bilingual("达成指标", "achieved")),
    PARTLY_ACHIEVED("partly-achieved", new Bilingual("部分达成", "partly achieved")),
    NOT_ACHIEVED("not-achieved", new Bilingual("未达成", "not achieved")),
    NEEDS_JUDGEMENT("needs-judgement", new Bilingual("需人工评分", "needs a person's score")),
    NO_ACTUAL("no-actual", new Bilingual("未填实际值", "no actual value")),
    NO_WEIGHT("no-weight", new Bilingual("未填分值", "no weight"));

    private final String key;
    private final Bilingual label;

    Status(String key, Bilingual label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public Bilingual label() {
        return label;
    }
}
