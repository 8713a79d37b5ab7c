package jixiao.tui.editing;

import java.util.Objects;
import jixiao.domain.project.Project;
import jixiao.domain.project.WholeProjectFunding;
import jixiao.domain.register.StoredProject;
import jixiao.domain.stage.Declaration;

/**
 * What a project's screens type into: the latest stage's form, and, on a declaration, the whole
 * project's funding printed beside the year's (项目资金总额 / 其中：财政资金 / 其他资金), which the
 * stage holds rather than its form. Empty on every other paper.
 */
public record FormEntry(Project form, WholeProjectFunding wholeProject) {

    public FormEntry {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(wholeProject, "wholeProject");
    }

    /** The stored year's latest form, with its declaration's whole-project funding when that is the latest stage. */
    public static FormEntry of(StoredProject stored) {
        WholeProjectFunding whole = stored.year().latest() instanceof Declaration declared
                ? declared.wholeProject() : WholeProjectFunding.EMPTY;
        return new FormEntry(stored.project(), whole);
    }

    public FormEntry withForm(Project changed) {
        return new FormEntry(changed, wholeProject);
    }

    public FormEntry withWholeProject(WholeProjectFunding changed) {
        return new FormEntry(form, changed);
    }
}
