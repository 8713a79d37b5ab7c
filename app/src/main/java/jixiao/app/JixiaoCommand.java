package jixiao.app;

import java.util.Locale;
import java.util.concurrent.Callable;
import jixiao.app.command.LanguageOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code jixiao}: the top command. Its subcommands ({@link Subcommands}, registered as the command line
 * needs them) do the work; alone it opens the text UI.
 */
@Command(name = "jixiao", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Project expenditure performance forms (绩效): score targets and actuals under the "
                + "official rules, explain every number, check published forms. Without a subcommand: the text UI.")
public final class JixiaoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    /** What a clerk types is {@code jixiao}: the text UI, in the language asked for. */
    @Override
    public Integer call() {
        CommandLine tui = spec.commandLine().getSubcommands().get(Subcommands.DEFAULT);
        return tui.execute("--lang", languageOption.language().name().toLowerCase(Locale.ROOT));
    }
}
