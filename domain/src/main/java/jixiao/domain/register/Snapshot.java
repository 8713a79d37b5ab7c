package jixiao.domain.register;

import java.util.Objects;
import java.util.Optional;
import jixiao.domain.stage.ProjectYear;

/**
 * A project-year as a change found it or left it, with the rule set it was scored under, named as
 * outputs name it. Changes recorded before projects kept their rule set do not know it; changes
 * recorded before years had stages hold one form, the stage its data shows.
 */
public record Snapshot(ProjectYear year, Optional<String> ruleSet) {

    public Snapshot {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(ruleSet, "ruleSet");
    }
}
