package jixiao.app.command;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.domain.language.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao db backup FILE}: a consistent copy, safe while others write. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a consistent copy of the database to FILE (safe while others are working; checked before it is"
                + " named; never overwrites).")
public final class DbBackupCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    @Mixin
    private DatabaseOption database;

    @Parameters(paramLabel = "FILE", descriptionKey = "backup.file", description = "Where to write the copy.")
    private Path target;

    @Override
    public Integer call() {
        Path written = database.open().backup(target);
        spec.commandLine().getOut().println(languageOption.language() == Language.ZH
                ? "已备份到 " + written + "（完整性检查通过）" : "backed up to " + written + " (integrity check passed)");
        return ExitCode.OK;
    }
}
