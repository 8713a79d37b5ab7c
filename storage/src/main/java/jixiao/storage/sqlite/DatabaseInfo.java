package jixiao.storage.sqlite;

import java.nio.file.Path;
import java.util.Objects;

/** What {@code jixiao db info} shows: the file, its schema version and what it holds. */
public record DatabaseInfo(Path file, long bytes, int schemaVersion, String sqliteVersion, String journalMode,
        long projects, long indicators, long changes) {

    public DatabaseInfo {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sqliteVersion, "sqliteVersion");
        Objects.requireNonNull(journalMode, "journalMode");
    }
}
