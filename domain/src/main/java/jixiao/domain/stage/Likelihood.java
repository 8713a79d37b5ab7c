package jixiao.domain.stage;

import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.HalfWidth;

/** 完成目标可能性: how likely the unit thinks it is to meet an indicator's target by the end of the year. */
public enum Likelihood {
    CERTAIN(new Bilingual("确定能", "certain")),
    POSSIBLE(new Bilingual("有可能", "possible")),
    IMPOSSIBLE(new Bilingual("完全不可能", "impossible"));

    private final Bilingual words;

    Likelihood(Bilingual words) {
        this.words = words;
    }

    /** The words of the form ({@code 确定能}) and their English. */
    public Bilingual words() {
        return words;
    }

    /** The likelihood the form's words (or their English) state, ignoring surrounding spaces; empty for any other text. */
    public static Optional<Likelihood> of(String text) {
        String folded = HalfWidth.of(text).strip();
        for (Likelihood likelihood : values()) {
            if (likelihood.words.zh().equals(folded) || likelihood.words.en().equalsIgnoreCase(folded)) {
                return Optional.of(likelihood);
            }
        }
        return Optional.empty();
    }
}
