package jixiao.domain.register;

import java.util.List;
import java.util.Optional;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.rules.RuleSet;

/**
 * The register of projects, as the user interfaces see it. Every change is recorded in the
 * {@link AuditLog}; an update or delete names the revision it started from and is refused with
 * {@link StaleRevisionException} when someone else saved in between. An update keeps the project's
 * rule set.
 */
public interface Projects {

    List<ProjectSummary> list(ProjectFilter filter);

    Optional<StoredProject> find(long id);

    /** By code where the key has one, else by year, unit and name. */
    Optional<StoredProject> find(ProjectKey key);

    /**
     * Adds a project scored under {@code ruleSet}, which is stored with it; or replaces the one with
     * the same key (the old version stays in the history).
     */
    StoredProject put(Project project, RuleSet ruleSet);

    StoredProject update(long id, Revision editedFrom, Project changed);

    void delete(long id, Revision editedFrom);
}
