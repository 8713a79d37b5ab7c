package jixiao.domain.register;

import java.util.Objects;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.stage.ProjectYear;

/**
 * A project-year as the register holds it: its id, the revision it is at, the rule set it is
 * scored under — kept with it in full, so that every command and screen gives it the same score —
 * and its stages.
 */
public record StoredProject(long id, Revision revision, RuleSet ruleSet, ProjectYear year) {

    public StoredProject {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(year, "year");
    }

    /** The latest stage's form ({@link ProjectYear#latestForm()}): what the year shows, and what an edit changes. */
    public Project project() {
        return year.latestForm();
    }

    /** The kind of paper the latest stage's form is: a self-evaluation's, or targets. */
    public FormKind kind() {
        return year.latest().kind().formKind();
    }
}
