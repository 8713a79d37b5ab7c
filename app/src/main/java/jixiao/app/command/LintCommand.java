package jixiao.app.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.app.output.JsonOutput;
import jixiao.app.output.TextOutput;
import jixiao.domain.language.Language;
import jixiao.domain.lint.Lint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao lint FILE|PROJECT…}: how well the targets were set (财预〔2021〕101号). Like a code
 * linter, it exits 1 when it finds anything, so that a script can stop a form with doubtful targets.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Lint how well targets were set (财预〔2021〕101号): targets met by doing nothing, satisfaction of 100%%, "
                + "words where a number fits, one target copied into every project of a unit, targets far below "
                + "last year's actual.",
        footerHeading = "%nExit status:%n",
        footer = {"  0 nothing found, 1 something found or a file could not be read, 2 wrong usage.",
            "%nExamples:%n  jixiao lint targets-2025.json selfeval-2024.json%n  jixiao lint 8 --format json%n"})
public final class LintCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    @Mixin
    private RulesOption rulesOption;

    @Parameters(arity = "1..*", paramLabel = "FILE|PROJECT", descriptionKey = "lint.files",
            description = "Exchange files (JSON, CSV, XLSX) or ids of stored projects (each linted under its own "
                    + "rule set). Give last year's self-evaluations too: targets are compared with their actuals.")
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
        PrintWriter err = spec.commandLine().getErr();
        loaded.problems().forEach(problem -> err.println(problem.format(language)));
        err.flush();
        rules.whatIfs(loaded.given()).forEach(note -> err.println(note.in(language)));
        err.flush();
        Lint lint = rules.lint(loaded.given(), loaded.context());
        format.print(spec.commandLine().getOut(), () -> new JsonOutput(language).lint(loaded.projects(), lint),
                () -> new TextOutput(language).lint(loaded.projects(), lint));
        return lint.isClean() && loaded.problems().isEmpty() ? ExitCode.OK : ExitCode.DATA_ERRORS;
    }
}
