package jixiao.app.command;

import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.app.output.JsonOutput;
import jixiao.app.output.TextOutput;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao rules show NAME|FILE}: every parameter, its value and what it means. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show every parameter of a rule set, with what it means.",
        footerHeading = "%nExample:%n", footer = "  jixiao rules show national-2020%n")
public final class RulesShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    @Parameters(paramLabel = "NAME|FILE", defaultValue = RuleSets.DEFAULT_NAME, descriptionKey = "ruleset",
            description = "A built-in rule set or a rule-set file (default: ${DEFAULT-VALUE}).")
    private String rules;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() throws Exception {
        RuleSet set = RuleSets.resolve(rules);
        format.print(spec.commandLine().getOut(), () -> new JsonOutput(languageOption.language()).ruleSet(set),
                () -> new TextOutput(languageOption.language()).ruleSet(set));
        return ExitCode.OK;
    }
}
