package jixiao.domain.trend;

import jixiao.domain.language.Bilingual;

/** How a form of another year was found to be the same project. */
public enum MatchedBy {
    /** The form the trend is about. */
    SUBJECT(new Bilingual("本项目", "the project itself")),
    CODE(new Bilingual("项目编码相同", "the same project code")),
    UNIT_AND_NAME(new Bilingual("单位与项目名称相同", "the same unit and project name"));

    private final Bilingual label;

    MatchedBy(Bilingual label) {
        this.label = label;
    }

    public Bilingual label() {
        return label;
    }
}
