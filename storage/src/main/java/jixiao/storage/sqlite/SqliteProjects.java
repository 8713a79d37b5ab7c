package jixiao.storage.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.register.Projects;
import jixiao.domain.register.Revision;
import jixiao.domain.register.StoredProject;
import jixiao.domain.rules.RuleSet;

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
        return database.guarded(() -> database.jdbi().inTransaction(handle -> store.put(handle, project, ruleSet)));
    }

    @Override
    public StoredProject update(long id, Revision editedFrom, Project changed) {
        return database.guarded(() -> database.jdbi().inTransaction(handle ->
                store.update(handle, id, editedFrom, changed)));
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
}
