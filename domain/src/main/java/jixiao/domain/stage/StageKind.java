package jixiao.domain.stage;

import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.FormKind;

/**
 * The four stages of a project-year, in their order (monitoring.md): the declaration before the
 * year, an optional target adjustment, an optional mid-year monitoring return, and the
 * self-evaluation after the year. Each is an official form of its own.
 */
public enum StageKind {
    DECLARATION("declaration", new Bilingual("申报", "declaration"),
            new Bilingual("财政项目支出绩效目标申报表", "project expenditure performance target declaration")),
    ADJUSTMENT("adjustment", new Bilingual("目标调整", "adjustment"),
            new Bilingual("项目支出绩效目标调整表", "project expenditure performance target adjustment")),
    MONITORING("monitoring", new Bilingual("运行监控", "monitoring"),
            new Bilingual("项目支出绩效目标执行监控表", "project expenditure performance monitoring return")),
    SELF_EVALUATION("self-evaluation", new Bilingual("自评", "self-evaluation"),
            new Bilingual("财政项目支出绩效自评表", "project expenditure performance self-evaluation"));

    private final String key;
    private final Bilingual label;
    private final Bilingual title;

    StageKind(String key, Bilingual label, Bilingual title) {
        this.key = key;
        this.label = label;
        this.title = title;
    }

    /** The name on the command line and in the exchange format: {@code self-evaluation}. */
    public String key() {
        return key;
    }

    /** The stage in a word or two: 申报, 运行监控. */
    public Bilingual label() {
        return label;
    }

    /** The title of the stage's official form. */
    public Bilingual title() {
        return title;
    }

    /**
     * The kind of form the stage's form is scored and checked as: a self-evaluation's, even just
     * started with no actual values; the targets of a declaration for every other stage.
     */
    public FormKind formKind() {
        return this == SELF_EVALUATION ? FormKind.SELF_EVALUATION : FormKind.DECLARATION;
    }

    public boolean isBefore(StageKind other) {
        return compareTo(other) < 0;
    }

    /** The stage a key names ({@code monitoring}), ignoring case and surrounding spaces; empty for any other text. */
    public static Optional<StageKind> ofKey(String key) {
        for (StageKind kind : values()) {
            if (kind.key.equalsIgnoreCase(key.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
