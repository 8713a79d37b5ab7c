package jixiao.domain.project;

import jixiao.domain.language.Bilingual;

/** The three money columns of a funding line. */
public enum FundingColumn {
    INITIAL(new Bilingual("年初预算数", "initial budget")),
    ADJUSTED(new Bilingual("全年预算数", "adjusted budget")),
    EXECUTED(new Bilingual("全年执行数", "executed"));

    private final Bilingual label;

    FundingColumn(Bilingual label) {
        this.label = label;
    }

    public Bilingual label() {
        return label;
    }
}
