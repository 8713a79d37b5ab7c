package jixiao.tui.window;

import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Explained;
import jixiao.domain.rules.InvalidRuleSetException;
import jixiao.domain.stage.StageRefusedException;
import jixiao.tui.words.Words;

/** What to tell a person when slow work failed: the failure's own explanation where it has one (busy, disk full, changed in between). */
final class Failures {

    private Failures() {
    }

    static Bilingual explain(Exception failure) {
        if (failure instanceof Refusal refusal) {
            return refusal.reason();
        }
        if (failure instanceof Explained explained) {
            return explained.explanation();
        }
        if (failure instanceof StageRefusedException refused) {
            return refused.explanation();
        }
        if (failure instanceof InvalidRuleSetException invalid && !invalid.problems().isEmpty()) {
            return invalid.problems().get(0);
        }
        String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return Words.format(Words.FAILED, reason);
    }
}
