package jixiao.app.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Language;
import jixiao.storage.sqlite.Database;
import jixiao.storage.sqlite.DatabaseLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --db PATH}: the database file; else {@code JIXIAO_DB}; else one in the user's data folder.
 * Making a new database (where the file was missing or empty) is never silent: it is said on
 * standard error, so a mistyped {@code --db} shows at once.
 */
public final class DatabaseOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--db", paramLabel = "PATH", descriptionKey = "db",
            description = "Database file (default: $JIXIAO_DB, else jixiao/jixiao.db in your data folder).")
    private Path db;

    public Database open() {
        Database database = Database.open(DatabaseLocation.resolve(Optional.ofNullable(db)));
        if (database.created() && command != null) {
            Language language = Languages.fromArguments(command.commandLine().getParseResult() == null ? List.of()
                    : command.commandLine().getParseResult().originalArgs());
            command.commandLine().getErr().println(language == Language.ZH ? "jixiao: 新建数据库 " + database.file()
                    : "jixiao: created a new database, " + database.file());
            command.commandLine().getErr().flush();
        }
        return database;
    }
}
