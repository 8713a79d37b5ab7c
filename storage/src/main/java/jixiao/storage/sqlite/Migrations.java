package jixiao.storage.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Brings a database file up to the current schema, one numbered step at a time, recording the
 * version in SQLite's own {@code PRAGMA user_version}. A small runner instead of Flyway: Flyway
 * has no module name and costs start-up time on every run, for a handful of steps.
 */
final class Migrations {

    /** Step N brings the schema from version N - 1 to N. Append only; never edit a released one. */
    private static final List<Migration> STEPS = List.of(
            new Script("V1__register.sql"),
            new RuleSetMigration(),
            new StageMigration(),
            new Script("V4__imports.sql"));

    private Migrations() {
    }

    static int current() {
        return STEPS.size();
    }

    /**
     * Applies what is missing; two processes opening an old file at once apply each step once.
     * An up-to-date file is only read: every command opens the database, and taking the write lock
     * here would make a {@code list} wait behind a long import. True when a step was applied.
     */
    static boolean apply(Jdbi jdbi, Migration.Upgrade upgrade) {
        if (jdbi.withHandle(Migrations::version) >= STEPS.size()) {
            return false;
        }
        boolean applied = false;
        for (int version = 1; version <= STEPS.size(); version++) {
            int target = version;
            applied |= jdbi.inTransaction(handle -> {
                if (version(handle) >= target) {
                    return false;
                }
                STEPS.get(target - 1).apply(handle, upgrade);
                handle.execute("PRAGMA user_version = " + target);
                return true;
            });
        }
        return applied;
    }

    /** Whether the file is at the current schema: plain JDBC, so that an up-to-date file needs no JDBI. */
    static boolean upToDate(DataSource source) throws SQLException {
        try (Connection connection = source.getConnection();
                Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("PRAGMA user_version")) {
            return version.next() && version.getInt(1) >= STEPS.size();
        }
    }

    static int version(Handle handle) {
        return handle.createQuery("PRAGMA user_version").mapTo(Integer.class).one();
    }
}
