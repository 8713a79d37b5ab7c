package jixiao.domain.check;

import jixiao.domain.language.Bilingual;

/** How serious a finding is. */
public enum Severity {
    /** The form is wrong: {@code check} exits 1 and the UI marks it. Never stops a draft being saved. */
    ERROR(new Bilingual("错误", "error")),
    /** Doubtful: worth a look, not wrong. */
    WARNING(new Bilingual("提醒", "warning")),
    /** A printed figure that differs from what the rules compute. */
    MISMATCH(new Bilingual("不一致", "mismatch"));

    private final Bilingual label;

    Severity(Bilingual label) {
        this.label = label;
    }

    public Bilingual label() {
        return label;
    }
}
