package jixiao.app.command;

import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.app.output.JsonOutput;
import jixiao.app.output.TextOutput;
import jixiao.storage.sqlite.DatabaseInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jixiao db info}: where the file is, its schema version and what it holds. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show the database file, its schema version, and how many projects, indicators and changes it holds.")
public final class DbInfoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() throws Exception {
        DatabaseInfo info = database.open().info();
        format.print(spec.commandLine().getOut(), () -> new JsonOutput(languageOption.language()).info(info),
                () -> new TextOutput(languageOption.language()).info(info));
        return ExitCode.OK;
    }
}
