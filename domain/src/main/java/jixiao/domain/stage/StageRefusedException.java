package jixiao.domain.stage;

import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Explained;

/**
 * A stage change the year's rules do not allow: editing a stage that a later one has made
 * read-only, or starting a stage out of turn. Callers ask first ({@link ProjectYear#whyLocked},
 * {@link ProjectYear#whyNotStart}) and show the answer; this is thrown only when they did not.
 */
public final class StageRefusedException extends RuntimeException implements Explained {

    private static final long serialVersionUID = 1L;

    private final transient Bilingual explanation;

    public StageRefusedException(Bilingual explanation) {
        super(explanation.en());
        this.explanation = explanation;
    }

    @Override
    public Bilingual explanation() {
        return explanation;
    }
}
