package jixiao.domain.scoring;

import java.math.BigDecimal;
import jixiao.domain.language.Bilingual;
import jixiao.domain.rules.RuleSet;

/** The grade of a total: 优, 良, 中 or 差, with the thresholds of the rule set. */
public enum Grade {
    EXCELLENT(new Bilingual("优", "excellent")),
    GOOD(new Bilingual("良", "good")),
    FAIR(new Bilingual("中", "fair")),
    POOR(new Bilingual("差", "poor"));

    private final Bilingual label;

    Grade(Bilingual label) {
        this.label = label;
    }

    public Bilingual label() {
        return label;
    }

    /** The character the forms print: 优, 良, 中, 差. */
    public String symbol() {
        return label.zh();
    }

    public static Grade of(BigDecimal total, RuleSet rules) {
        if (total.compareTo(rules.excellentFrom()) >= 0) {
            return EXCELLENT;
        }
        if (total.compareTo(rules.goodFrom()) >= 0) {
            return GOOD;
        }
        return total.compareTo(rules.fairFrom()) >= 0 ? FAIR : POOR;
    }
}
