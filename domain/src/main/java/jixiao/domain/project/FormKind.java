package jixiao.domain.project;

import jixiao.domain.language.Bilingual;

/** Which of the two forms a project is: the declaration before the year, or the self-evaluation after. */
public enum FormKind {
    DECLARATION(new Bilingual("绩效目标申报表", "target declaration")),
    SELF_EVALUATION(new Bilingual("绩效自评表", "self-evaluation"));

    private final Bilingual title;

    FormKind(Bilingual title) {
        this.title = title;
    }

    public Bilingual title() {
        return title;
    }
}
