package jixiao.storage.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Brings a database file up to the current schema, one numbered script at a time, recording the
 * version in SQLite's own {@code PRAGMA user_version}. A small runner instead of Flyway: Flyway
 * has no module name and costs start-up time on every run for what is three statements here.
 */
final class Migrations {

    /** Script N brings the schema from version N - 1 to N. Append only; never edit a released one. */
    private static final List<String> SCRIPTS = List.of("V1__register.sql");

    private Migrations() {
    }

    static int current() {
        return SCRIPTS.size();
    }

    /**
     * Applies what is missing; two processes opening a new file at once apply each script once.
     * An up-to-date file is only read: every command opens the database, and taking the write lock
     * here would make a {@code list} wait behind a long import.
     */
    static void apply(Jdbi jdbi) {
        if (jdbi.withHandle(Migrations::version) >= SCRIPTS.size()) {
            return;
        }
        for (int version = 1; version <= SCRIPTS.size(); version++) {
            int target = version;
            jdbi.useTransaction(handle -> {
                if (version(handle) < target) {
                    statements(SCRIPTS.get(target - 1)).forEach(handle::execute);
                    handle.execute("PRAGMA user_version = " + target);
                }
            });
        }
    }

    /** Whether the file is at the current schema: plain JDBC, so that an up-to-date file needs no JDBI. */
    static boolean upToDate(DataSource source) throws SQLException {
        try (Connection connection = source.getConnection();
                Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("PRAGMA user_version")) {
            return version.next() && version.getInt(1) >= SCRIPTS.size();
        }
    }

    static int version(Handle handle) {
        return handle.createQuery("PRAGMA user_version").mapTo(Integer.class).one();
    }

    private static List<String> statements(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream(script)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String code = Arrays.stream(text.split("\n"))
                    .filter(line -> !line.strip().startsWith("--"))
                    .collect(Collectors.joining("\n"));
            return Arrays.stream(code.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
