package jixiao.storage.sqlite;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** A backup checked before it is named: SQLite's own integrity check, on the copy, read-only. */
final class Backup {

    private Backup() {
    }

    /** What SQLite finds wrong with the copy; empty when it is sound. */
    static List<String> integrityProblems(Path copy) throws IOException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + copy);
        List<String> problems = new ArrayList<>();
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
            while (result.next()) {
                problems.add(result.getString(1));
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
        return problems.equals(List.of("ok")) ? List.of() : problems;
    }
}
