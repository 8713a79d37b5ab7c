package jixiao.app.command;

import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.app.output.JsonOutput;
import jixiao.app.output.TextOutput;
import jixiao.domain.rules.RuleSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jixiao rules list}: the built-in rule sets. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in rule sets.")
public final class RulesListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        format.print(spec.commandLine().getOut(), () -> new JsonOutput(languageOption.language()).ruleSets(RuleSets.builtIn()),
                () -> new TextOutput(languageOption.language()).ruleSets(RuleSets.builtIn()));
        return ExitCode.OK;
    }
}
