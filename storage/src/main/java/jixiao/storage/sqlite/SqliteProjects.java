package jixiao.storage.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.register.Change;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.register.Projects;
import jixiao.domain.register.Revision;
import jixiao.domain.register.StoredProject;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.Stage;
import jixiao.domain.stage.StageKind;
import jixiao.domain.stage.StageRefusedException;

/** The register on SQLite: each call its own transaction (reads see one consistent snapshot). */
final class SqliteProjects implements Projects {

    private final Database database;
    private final ProjectStore store;

    SqliteProjects(Database database, ProjectStore store) {
        this.database = database;
        this.store = store;
    }

    /** Plain JDBC: the one query of {@code list}, which then needs none of JDBI's set-up (docs/benchmarks.md). */
    @Override
    public List<ProjectSummary> list(ProjectFilter filter) {
        return read(connection -> store.list(connection, filter));
    }

    /** Plain JDBC too, in one transaction (one snapshot of the project's rows): {@code show} needs no JDBI either. */
    @Override
    public Optional<StoredProject> find(long id) {
        return read(inTransaction(connection -> store.find(connection, id)));
    }

    @Override
    public Optional<StoredProject> find(ProjectKey key) {
        return read(inTransaction(connection -> store.find(connection, key)));
    }

    @Override
    public StoredProject put(Project project, RuleSet ruleSet) {
        return put(ProjectYear.ofForm(project), ruleSet);
    }

    @Override
    public StoredProject put(ProjectYear year, RuleSet ruleSet) {
        return database.guarded(() -> database.jdbi().inTransaction(handle -> store.put(handle, year, ruleSet)));
    }

    @Override
    public StoredProject update(long id, Revision editedFrom, Project changed) {
        return change(id, editedFrom, ProjectStore.Edit.latest(changed));
    }

    @Override
    public StoredProject update(long id, Revision editedFrom, Stage changed) {
        return change(id, editedFrom, ProjectStore.Edit.of(Change.Action.UPDATE, changed.kind(), ChangeTable.NO_NOTE,
                year -> year.with(changed)));
    }

    @Override
    public StoredProject start(long id, Revision editedFrom, StageKind kind) {
        return change(id, editedFrom, ProjectStore.Edit.of(Change.Action.START, kind, ChangeTable.NO_NOTE, year -> switch (kind) {
            case ADJUSTMENT -> year.startAdjustment();
            case SELF_EVALUATION -> year.startSelfEvaluation();
            default -> throw new StageRefusedException(year.whyNotStart(kind).orElse(new Bilingual(
                    "运行监控须指明监控月份", "a monitoring return needs the month it reports to")));
        }));
    }

    @Override
    public StoredProject startMonitoring(long id, Revision editedFrom, Month month) {
        return change(id, editedFrom, ProjectStore.Edit.of(Change.Action.START, StageKind.MONITORING, ChangeTable.NO_NOTE,
                year -> year.startMonitoring(month)));
    }

    @Override
    public StoredProject reopen(long id, Revision editedFrom, StageKind kind, String reason) {
        return change(id, editedFrom, ProjectStore.Edit.of(Change.Action.REOPEN, kind, Bilingual.same(reason.strip()),
                year -> year.reopen(kind, reason)));
    }

    @Override
    public StoredProject lock(long id, Revision editedFrom, StageKind kind) {
        return change(id, editedFrom, ProjectStore.Edit.of(Change.Action.LOCK, kind, ChangeTable.NO_NOTE,
                year -> year.lockAgain(kind)));
    }

    @Override
    public void delete(long id, Revision editedFrom) {
        database.guarded(() -> {
            database.jdbi().useTransaction(handle -> store.delete(handle, id, editedFrom));
            return null;
        });
    }

    private <T> T read(PlainQuery.Read<T> read) {
        try (Connection connection = database.connection()) {
            return read.from(connection);
        } catch (SQLException e) {
            throw DatabaseFailure.translated(database.file(), e, new Bilingual("无法读取数据库 " + database.file() + "："
                    + e.getMessage(), "cannot read the database " + database.file() + ": " + e.getMessage()));
        }
    }

    /** The read in one transaction, begun as JDBI's are (the database's transaction mode); nothing is written. */
    private static <T> PlainQuery.Read<T> inTransaction(PlainQuery.Read<T> read) {
        return connection -> {
            connection.setAutoCommit(false);
            try {
                return read.from(connection);
            } finally {
                connection.rollback();
            }
        };
    }

    private StoredProject change(long id, Revision editedFrom, ProjectStore.Edit edit) {
        return database.guarded(() -> database.jdbi().inTransaction(handle -> store.change(handle, id, editedFrom, edit)));
    }
}
