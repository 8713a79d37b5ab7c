package jixiao.domain.project;

import jixiao.domain.language.Bilingual;

/** The four funding lines of a form; {@link #TOTAL} is the sum of the other three. */
public enum FundingSource {
    TOTAL(new Bilingual("年度资金总额", "total")),
    FISCAL(new Bilingual("当年财政拨款", "this year's appropriation")),
    CARRYOVER(new Bilingual("上年结转资金", "carried over")),
    OTHER(new Bilingual("其他资金", "other sources"));

    private final Bilingual label;

    FundingSource(Bilingual label) {
        this.label = label;
    }

    public Bilingual label() {
        return label;
    }
}
