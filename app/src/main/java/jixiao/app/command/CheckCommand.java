package jixiao.app.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.app.output.JsonOutput;
import jixiao.app.output.ReviewedProject;
import jixiao.app.output.TextOutput;
import jixiao.domain.language.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao check FILE|PROJECT…}: errors, warnings, and the figures that differ from what the
 * form printed. Exit 1 when anything is wrong or a file cannot be read; warnings alone exit 0.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check forms — exchange files (JSON, CSV, XLSX) or stored projects: errors, warnings, and printed "
                + "figures that differ from the rules. A stored project is scored under its own rule set.",
        footerHeading = "%nExit status:%n",
        footer = {"  0 no errors or mismatches (warnings only), 1 errors, mismatches or unreadable files, 2 wrong usage.",
            "%nExamples:%n  jixiao check selfeval-2024.json --format json%n  jixiao check 1 2 --db my.db%n"
                + "  jixiao check 1 --rules training.properties   # what if project 1 were scored so%n"})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    @Mixin
    private RulesOption rulesOption;

    @Parameters(arity = "1..*", paramLabel = "FILE|PROJECT", descriptionKey = "check.files",
            description = "Exchange files (JSON, CSV, XLSX), or ids of projects in the database (as `jixiao list` shows).")
    private List<String> arguments;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() throws Exception {
        Language language = languageOption.language();
        RuleChoice rules = new RuleChoice(rulesOption);
        ProjectArguments loaded = ProjectArguments.load(arguments, database);
        List<ReviewedProject> reviewed = loaded.given().stream().map(rules::review).toList();
        PrintWriter err = spec.commandLine().getErr();
        loaded.problems().forEach(problem -> err.println(problem.format(language)));
        err.flush();
        format.print(spec.commandLine().getOut(), () -> new JsonOutput(language).reviews(reviewed),
                () -> new TextOutput(language).reviews(reviewed));
        boolean wrong = !loaded.problems().isEmpty() || reviewed.stream()
                .anyMatch(item -> item.review().hasErrors() || !item.review().mismatches().isEmpty());
        return wrong ? ExitCode.DATA_ERRORS : ExitCode.OK;
    }
}
