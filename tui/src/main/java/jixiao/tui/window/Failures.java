package jixiao.tui.window;

import jixiao.domain.language.Bilingual;
import jixiao.domain.register.MissingProjectException;
import jixiao.domain.register.StaleRevisionException;
import jixiao.domain.rules.InvalidRuleSetException;
import jixiao.domain.stage.StageRefusedException;
import jixiao.tui.words.Words;

/** What to tell a person when slow work failed: the domain's own explanation where it has one. */
final class Failures {

    private Failures() {
    }

    static Bilingual explain(Exception failure) {
        if (failure instanceof Refusal refusal) {
            return refusal.reason();
        }
        if (failure instanceof StaleRevisionException stale) {
            return stale.explanation();
        }
        if (failure instanceof MissingProjectException missing) {
            return missing.explanation();
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
