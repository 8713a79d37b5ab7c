package jixiao.storage.sqlite;

import java.util.List;
import java.util.Optional;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.register.Change;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.register.Projects;
import jixiao.domain.register.Revision;
import jixiao.domain.register.StoredProject;
import org.jdbi.v3.core.Jdbi;

/** The register on SQLite: each call its own transaction (reads see one consistent snapshot). */
final class SqliteProjects implements Projects {

    private final Jdbi jdbi;
    private final ProjectStore store;

    SqliteProjects(Jdbi jdbi, ProjectStore store) {
        this.jdbi = jdbi;
        this.store = store;
    }

    @Override
    public List<ProjectSummary> list(ProjectFilter filter) {
        return jdbi.withHandle(handle -> store.list(handle, filter));
    }

    @Override
    public Optional<StoredProject> find(long id) {
        return jdbi.inTransaction(handle -> store.find(handle, id));
    }

    @Override
    public Optional<StoredProject> find(ProjectKey key) {
        return jdbi.inTransaction(handle -> store.idOf(handle, key).flatMap(id -> store.find(handle, id)));
    }

    @Override
    public StoredProject put(Project project, String ruleSet) {
        return jdbi.inTransaction(handle -> store.put(handle, project, ruleSet));
    }

    @Override
    public StoredProject update(long id, Revision editedFrom, Project changed) {
        return jdbi.inTransaction(handle -> store.update(handle, id, editedFrom, changed));
    }

    @Override
    public void delete(long id, Revision editedFrom) {
        jdbi.useTransaction(handle -> store.delete(handle, id, editedFrom));
    }

    @Override
    public List<Change> history(long id) {
        return jdbi.withHandle(handle -> store.history(handle, id));
    }
}
