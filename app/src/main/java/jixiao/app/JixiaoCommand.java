package jixiao.app;

import java.util.Locale;
import java.util.concurrent.Callable;
import jixiao.app.command.LanguageOption;
import jixiao.app.command.StandardHelpOptions;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jixiao}: the top command. Its subcommands ({@link Subcommands}, registered as the command line
 * needs them) do the work; alone it opens the text UI. Its picocli model is built by code, not read from
 * annotations, since every run builds it (docs/benchmarks.md).
 */
public final class JixiaoCommand implements Callable<Integer> {

    private final LanguageOption languageOption = new LanguageOption();

    private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("jixiao")
            .versionProvider(new Version())
            .addMixin("languageOption", languageOption.mixin());

    public JixiaoCommand() {
        spec.usageMessage().description("Project expenditure performance forms (绩效): score targets and actuals under "
                + "the official rules, explain every number, check published forms. Without a subcommand: the text UI.");
        StandardHelpOptions.addTo(spec);
    }

    /** picocli's model of this command, bound to this instance; subcommands are added to it. */
    public CommandSpec spec() {
        return spec;
    }

    /** What a clerk types is {@code jixiao}: the text UI, in the language asked for. */
    @Override
    public Integer call() {
        CommandLine tui = spec.commandLine().getSubcommands().get(Subcommands.DEFAULT);
        return tui.execute("--lang", languageOption.language().name().toLowerCase(Locale.ROOT));
    }
}
