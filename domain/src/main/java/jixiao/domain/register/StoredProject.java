package jixiao.domain.register;

import java.util.Objects;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSet;

/**
 * A project as the register holds it: its id, the revision it is at, and the rule set it is
 * scored under — kept with it in full, so that every command and screen gives it the same score.
 */
public record StoredProject(long id, Revision revision, RuleSet ruleSet, Project project) {

    public StoredProject {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(project, "project");
    }
}
