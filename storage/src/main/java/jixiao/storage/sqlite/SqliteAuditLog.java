package jixiao.storage.sqlite;

import java.util.List;
import jixiao.domain.register.AuditLog;
import jixiao.domain.register.Change;
import jixiao.domain.register.StoredProject;
import org.jdbi.v3.core.Jdbi;

/** The audit history on SQLite, read in one go; written by {@link ProjectStore} with each change, and by imports. */
final class SqliteAuditLog implements AuditLog {

    private final ChangeTable changes = new ChangeTable();
    private final Jdbi jdbi;
    private final ProjectStore store;

    SqliteAuditLog(Jdbi jdbi, ProjectStore store) {
        this.jdbi = jdbi;
        this.store = store;
    }

    @Override
    public List<Change> history(long projectId) {
        return jdbi.withHandle(handle -> changes.history(handle, projectId,
                () -> store.find(handle, projectId).map(StoredProject::year)));
    }
}
