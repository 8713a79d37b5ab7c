package jixiao.app;

import java.util.Locale;
import java.util.concurrent.Callable;
import jixiao.app.command.CheckCommand;
import jixiao.app.command.CompletionCommand;
import jixiao.app.command.DbCommand;
import jixiao.app.command.DemoCommand;
import jixiao.app.command.ExportCommand;
import jixiao.app.command.HistoryCommand;
import jixiao.app.command.ImportCommand;
import jixiao.app.command.LanguageOption;
import jixiao.app.command.LintCommand;
import jixiao.app.command.ListCommand;
import jixiao.app.command.RecalcCommand;
import jixiao.app.command.ReportCommand;
import jixiao.app.command.RulesCommand;
import jixiao.app.command.ScoreCommand;
import jixiao.app.command.ShowCommand;
import jixiao.app.command.TuiCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code jixiao}: the top command. Its subcommands do the work; alone it opens the text UI. */
@Command(name = "jixiao", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Project expenditure performance forms (绩效): score targets and actuals under the "
                + "official rules, explain every number, check published forms. Without a subcommand: the text UI.",
        subcommands = {ScoreCommand.class, CheckCommand.class, RulesCommand.class, ImportCommand.class,
            ExportCommand.class, ListCommand.class, ShowCommand.class, HistoryCommand.class, RecalcCommand.class,
            DbCommand.class, DemoCommand.class, ReportCommand.class, LintCommand.class, TuiCommand.class,
            CompletionCommand.class, CommandLine.HelpCommand.class})
public final class JixiaoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    /** What a clerk types is {@code jixiao}: the text UI, in the language asked for. */
    @Override
    public Integer call() {
        CommandLine tui = spec.commandLine().getSubcommands().get("tui");
        return tui.execute("--lang", languageOption.language().name().toLowerCase(Locale.ROOT));
    }
}
