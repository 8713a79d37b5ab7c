package jixiao.app.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.app.output.JsonOutput;
import jixiao.app.output.ReviewedProject;
import jixiao.app.output.TextOutput;
import jixiao.domain.language.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code jixiao check FILE|PROJECT…}: errors, warnings, and the figures that differ from what the
 * form printed. Exit 1 when anything is wrong or a file cannot be read; warnings alone exit 0. Its
 * picocli model is built by code, not read from annotations, for a fast start (docs/benchmarks.md);
 * the options come in the order completion lists them.
 */
public final class CheckCommand implements Callable<Integer> {

    private final LanguageOption languageOption = new LanguageOption();
    private final RulesOption rulesOption = new RulesOption();
    private final DatabaseOption database = new DatabaseOption();
    private final FormatOption format = new FormatOption();

    private final PositionalParamSpec arguments = PositionalParamSpec.builder().arity("1..*").required(true)
            .paramLabel("FILE|PROJECT").type(List.class).auxiliaryTypes(String.class).descriptionKey("check.files")
            .description("Exchange files (JSON, CSV, XLSX), or ids of projects in the database (as `jixiao list` shows).")
            .build();

    private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("check")
            .addMixin("languageOption", languageOption.mixin())
            .addMixin("rulesOption", rulesOption.mixin())
            .addPositional(arguments)
            .addMixin("format", format.mixin());

    public CheckCommand() {
        spec.addMixin("database", database.mixin(spec));
        spec.usageMessage().description("Check forms — exchange files (JSON, CSV, XLSX) or stored projects: errors, "
                        + "warnings, and printed figures that differ from the rules. A stored project is scored under "
                        + "its own rule set.")
                .footerHeading("%nExit status:%n")
                .footer("  0 no errors or mismatches (warnings only), 1 errors, mismatches or unreadable files, 2 wrong usage.",
                        "%nExamples:%n  jixiao check selfeval-2024.json --format json%n  jixiao check 1 2 --db my.db%n"
                                + "  jixiao check 1 --rules training.properties   # what if project 1 were scored so%n");
        StandardHelpOptions.addTo(spec);
    }

    /** picocli's model of this command, bound to this instance. */
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        Language language = languageOption.language();
        RuleChoice rules = new RuleChoice(rulesOption);
        ProjectArguments loaded = ProjectArguments.load(arguments.getValue(), database);
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
