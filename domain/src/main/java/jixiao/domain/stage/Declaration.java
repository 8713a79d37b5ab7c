package jixiao.domain.stage;

import java.util.Objects;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.Project;
import jixiao.domain.project.WholeProjectFunding;

/**
 * The target declaration as declared, before the year: the form (header, the year's funding
 * request, goals, the indicator tree and its targets) and the whole project's funding beside the
 * year's. It holds targets only: an executed amount or an actual value belongs to a later stage.
 */
public record Declaration(Project form, WholeProjectFunding wholeProject) implements Stage {

    public Declaration {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(wholeProject, "wholeProject");
        if (form.kind() != FormKind.DECLARATION) {
            throw new IllegalArgumentException(
                    "a declaration holds targets only, not executed amounts or actual values: " + form.key());
        }
    }

    /** A declaration whose whole-project funding is left blank, as many are. */
    public static Declaration of(Project form) {
        return new Declaration(form, WholeProjectFunding.EMPTY);
    }

    @Override
    public StageKind kind() {
        return StageKind.DECLARATION;
    }

    public Declaration withForm(Project changed) {
        return new Declaration(changed, wholeProject);
    }

    public Declaration withWholeProject(WholeProjectFunding changed) {
        return new Declaration(form, changed);
    }
}
