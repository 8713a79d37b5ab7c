package jixiao.app.command;

import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.domain.rules.RuleSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao rules export NAME}: a complete rule-set file to copy, edit and pass back with --rules FILE. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Print a rule set as a file a trainer can edit and pass back with --rules FILE.",
        footerHeading = "%nExample:%n",
        footer = {"  jixiao rules export national-2020 > training.properties",
            "  (edit executionWeight, then) jixiao score --rules training.properties …%n"})
public final class RulesExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME|FILE", defaultValue = RuleSets.DEFAULT_NAME, descriptionKey = "ruleset",
            description = "A built-in rule set or a rule-set file (default: ${DEFAULT-VALUE}).")
    private String rules;

    @Override
    public Integer call() throws Exception {
        spec.commandLine().getOut().print(RuleSets.write(RuleSets.resolve(rules)));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
