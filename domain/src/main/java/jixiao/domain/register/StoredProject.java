package jixiao.domain.register;

import java.util.Objects;
import jixiao.domain.project.Project;

/** A project as the register holds it: its id, the revision it is at, and the rule set it is scored under. */
public record StoredProject(long id, Revision revision, String ruleSet, Project project) {

    public StoredProject {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(project, "project");
    }
}
