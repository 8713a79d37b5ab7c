package jixiao.domain.stage;

import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.HalfWidth;

/** 偏差原因: the fixed list a monitoring return picks the causes of a deviation from. */
public enum Cause {
    FUNDING(new Bilingual("经费保障", "funding")),
    RULES(new Bilingual("制度保障", "rules and procedures")),
    STAFF(new Bilingual("人员保障", "staff")),
    EQUIPMENT(new Bilingual("硬件条件保障", "equipment and facilities")),
    OTHER(new Bilingual("其他", "other"));

    private final Bilingual words;

    Cause(Bilingual words) {
        this.words = words;
    }

    /** The words of the form ({@code 经费保障}) and their English. */
    public Bilingual words() {
        return words;
    }

    /** The cause the form's words (or their English) name, ignoring surrounding spaces; empty for any other text. */
    public static Optional<Cause> of(String text) {
        String folded = HalfWidth.of(text).strip();
        for (Cause cause : values()) {
            if (cause.words.zh().equals(folded) || cause.words.en().equalsIgnoreCase(folded)) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }
}
