package jixiao.storage.sqlite;

import java.util.List;
import jixiao.domain.register.AuditLog;
import jixiao.domain.register.Change;
import org.jdbi.v3.core.Jdbi;

/** The audit history on SQLite, read in one go; written by {@link ProjectStore} with each change. */
final class SqliteAuditLog implements AuditLog {

    private final ChangeTable changes = new ChangeTable();
    private final Jdbi jdbi;

    SqliteAuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Change> history(long projectId) {
        return jdbi.withHandle(handle -> changes.history(handle, projectId));
    }
}
