package jixiao.domain.stage;

import java.util.Objects;
import jixiao.domain.project.Project;

/**
 * The self-evaluation after the year: the form with the money spent, the actual values, weights,
 * scores and deviation notes. It is a self-evaluation because it is this stage, not because of
 * its data: one just started from the targets has no actuals yet, and is scored as what it is
 * ({@code Scorer#score(Project, FormKind)}).
 */
public record SelfEvaluation(Project form) implements Stage {

    public SelfEvaluation {
        Objects.requireNonNull(form, "form");
    }

    @Override
    public StageKind kind() {
        return StageKind.SELF_EVALUATION;
    }

    public SelfEvaluation withForm(Project changed) {
        return new SelfEvaluation(changed);
    }
}
