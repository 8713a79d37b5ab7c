package jixiao.app.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.app.UserError;
import jixiao.tui.TextUi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jixiao tui} (and {@code jixiao} alone): the text UI on the database. */
@Command(name = "tui", mixinStandardHelpOptions = true,
        description = "Open the text UI: find a project, type targets, actuals and weights, and watch the "
                + "scores, total and grade follow every key. Typing on a cell replaces its value, Enter or F2 edits "
                + "it, and a paste goes in whole, never as keys. F1 on any screen lists its keys; Ctrl-P on a "
                + "project writes its report (.xlsx and .html) into the current folder.",
        footerHeading = "%nExample:%n", footer = "  jixiao tui --db team.db --lang en")
public final class TuiCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    @Mixin
    private DatabaseOption database;

    @Override
    public Integer call() throws IOException {
        if (!TextUi.canStart()) {
            throw new UserError(ExitCode.USAGE, TextUi.NO_TERMINAL);
        }
        TextUi.run(database.open().projects(), languageOption.language(),
                new ReportFolder(Path.of("").toAbsolutePath()), new RuleSetFiles());
        return ExitCode.OK;
    }
}
