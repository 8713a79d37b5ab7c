package jixiao.app.command;

import java.nio.file.Path;
import java.util.Optional;
import jixiao.storage.sqlite.Database;
import jixiao.storage.sqlite.DatabaseLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code --db PATH}: the database file; else {@code JIXIAO_DB}; else one in the user's data folder.
 * Annotated for the commands that read annotations; {@link #mixin()} for those built by code.
 */
public final class DatabaseOption {

    private static final String NAME = "--db";
    private static final String LABEL = "PATH";
    private static final String KEY = "db";
    private static final String DESCRIPTION = "Database file (default: $JIXIAO_DB, else jixiao/jixiao.db in your data folder).";

    @Option(names = NAME, paramLabel = LABEL, descriptionKey = KEY, description = DESCRIPTION)
    private Path db;

    public Database open() {
        return Database.open(DatabaseLocation.resolve(Optional.ofNullable(db)));
    }

    /** The same option built by code, filling the same field: for the commands that start without reading annotations. */
    CommandSpec mixin() {
        Binding<Path> field = new Binding<>(() -> db, value -> db = value);
        return CommandSpec.wrapWithoutInspection(this).addOption(OptionSpec.builder(NAME).paramLabel(LABEL)
                .type(Path.class).descriptionKey(KEY).description(DESCRIPTION).getter(field).setter(field).build());
    }
}
