package jixiao.domain.register;

import java.util.List;
import java.util.Optional;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;

/**
 * The register of projects, as the user interfaces see it. Every change is recorded in the
 * history; an update or delete names the revision it started from and is refused with
 * {@link StaleRevisionException} when someone else saved in between.
 */
public interface Projects {

    List<ProjectSummary> list(ProjectFilter filter);

    Optional<StoredProject> find(long id);

    /** By code where the key has one, else by year, unit and name. */
    Optional<StoredProject> find(ProjectKey key);

    /** Adds a project, or replaces the one with the same key (the old version stays in the history). */
    StoredProject put(Project project, String ruleSet);

    StoredProject update(long id, Revision editedFrom, Project changed);

    void delete(long id, Revision editedFrom);

    /** Every recorded change of one project, oldest first, including its deletion. */
    List<Change> history(long id);
}
