package jixiao.storage.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jixiao.domain.project.ProjectKey;

/**
 * Every stored project's key, read in one query when an import starts, so that finding the stored
 * project an imported one replaces costs no query per project (docs/benchmarks.md): by code, and by
 * year, unit and name, as {@link ProjectTable#idByCode} and {@link ProjectTable#idByName} find it.
 * The import tells it of each project it adds or re-keys; it holds the write lock, so no one else
 * changes them meanwhile.
 */
final class ImportKeys {

    private record Name(int year, String unit, String name) {
        static Name of(ProjectKey key) {
            return new Name(key.year(), key.unit(), key.name());
        }
    }

    private final Map<String, Long> byCode = new HashMap<>();
    private final Map<Name, Long> byName = new HashMap<>();

    static ImportKeys load(Connection connection) throws SQLException {
        ImportKeys keys = new ImportKeys();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, year, unit, name, code FROM project")) {
            while (rows.next()) {
                keys.add(rows.getLong(1), new ProjectKey(rows.getInt(2), rows.getString(3), rows.getString(4),
                        rows.getString(5)));
            }
        }
        return keys;
    }

    /** The project stored under the key's code, if it has one. */
    Optional<Long> byCode(ProjectKey key) {
        return key.hasCode() ? Optional.ofNullable(byCode.get(key.code())) : Optional.empty();
    }

    /** The project stored under the key's year, unit and name. */
    Optional<Long> byName(ProjectKey key) {
        return Optional.ofNullable(byName.get(Name.of(key)));
    }

    /** A project now stored under {@code key}. */
    void add(long id, ProjectKey key) {
        byName.put(Name.of(key), id);
        if (!key.code().isEmpty()) {
            byCode.put(key.code(), id);
        }
    }

    /** A stored project whose key changed from {@code old} to {@code now}. */
    void move(long id, ProjectKey old, ProjectKey now) {
        byName.remove(Name.of(old), id);
        byCode.remove(old.code(), id);
        add(id, now);
    }
}
