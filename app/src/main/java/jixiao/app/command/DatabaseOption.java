package jixiao.app.command;

import java.nio.file.Path;
import java.util.Optional;
import jixiao.storage.sqlite.Database;
import jixiao.storage.sqlite.DatabaseLocation;
import picocli.CommandLine.Option;

/** {@code --db PATH}: the database file; else {@code JIXIAO_DB}; else one in the user's data folder. */
public final class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH", descriptionKey = "db",
            description = "Database file (default: $JIXIAO_DB, else jixiao/jixiao.db in your data folder).")
    private Path db;

    public Database open() {
        return Database.open(file());
    }

    /** The database file this option names, whether or not it exists yet. */
    Path file() {
        return DatabaseLocation.resolve(Optional.ofNullable(db));
    }
}
