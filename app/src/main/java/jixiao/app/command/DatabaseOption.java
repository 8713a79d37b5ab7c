package jixiao.app.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Language;
import jixiao.storage.sqlite.Database;
import jixiao.storage.sqlite.DatabaseLocation;
import jixiao.storage.sqlite.NativeLibrary;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --db PATH}: the database file; else {@code JIXIAO_DB}; else one in the user's data folder.
 * Making a new database (where the file was missing or empty) is never silent: it is said on
 * standard error, so a mistyped {@code --db} shows at once. Annotated for the commands that read
 * annotations; {@link #mixin(CommandSpec)} for those built by code.
 */
public final class DatabaseOption {

    private static final String NAME = "--db";
    private static final String LABEL = "PATH";
    private static final String KEY = "db";
    private static final String DESCRIPTION = "Database file (default: $JIXIAO_DB, else jixiao/jixiao.db in your data folder).";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = NAME, paramLabel = LABEL, descriptionKey = KEY, description = DESCRIPTION)
    private Path db;

    public Database open() {
        NativeLibrary.unpackUnder(DatabaseLocation.appFolder().resolve("native"));
        Database database = Database.open(file());
        if (database.created() && command != null) {
            Language language = Languages.fromArguments(command.commandLine().getParseResult() == null ? List.of()
                    : command.commandLine().getParseResult().originalArgs());
            command.commandLine().getErr().println(language == Language.ZH ? "jixiao: 新建数据库 " + database.file()
                    : "jixiao: created a new database, " + database.file());
            command.commandLine().getErr().flush();
        }
        return database;
    }

    /**
     * The same option built by code, filling the same field: for the commands that start without
     * reading annotations. {@code mixee} is the command it is mixed into, told of a new database.
     */
    CommandSpec mixin(CommandSpec mixee) {
        command = mixee;
        Binding<Path> field = new Binding<>(() -> db, value -> db = value);
        return CommandSpec.wrapWithoutInspection(this).addOption(OptionSpec.builder(NAME).paramLabel(LABEL)
                .type(Path.class).descriptionKey(KEY).description(DESCRIPTION).getter(field).setter(field).build());
    }

    /** The database file this option names, whether or not it exists yet. */
    Path file() {
        return DatabaseLocation.resolve(Optional.ofNullable(db));
    }
}
