package jixiao.domain.register;

import java.util.Objects;
import java.util.Optional;
import jixiao.domain.project.Project;

/**
 * A project as a change found it or left it, with the rule set it was scored under, named as
 * outputs name it. Changes recorded before projects kept their rule set do not know it.
 */
public record Snapshot(Project project, Optional<String> ruleSet) {

    public Snapshot {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(ruleSet, "ruleSet");
    }
}
