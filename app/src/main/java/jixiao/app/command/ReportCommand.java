package jixiao.app.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.app.UserError;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Language;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.stage.ProjectYear;
import jixiao.storage.report.ReportFormat;
import jixiao.storage.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao report PROJECT…}: a stage of each project-year (its latest, or {@code --stage}) in the
 * official layout of that stage, as a workbook, a printable page or text; a summary first when there are several.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write project-years in the official layout of a stage: the latest stage, or the one --stage names —"
                + " declaration (财政项目支出绩效目标申报表), adjustment (项目支出绩效目标调整表), monitoring"
                + " (项目支出绩效目标执行监控表, with every light in words) or self-evaluation (财政项目支出绩效自评表):"
                + " xlsx (one sheet per project, a summary sheet when several), html (printable, self-contained) or text.",
        footerHeading = "%nExit status:%n",
        footer = {"  0 written, 1 a file could not be read or a project has no such stage (nothing is written), 2 wrong usage,"
                + " or the file cannot be written.",
            "%nExamples:%n  jixiao report 1 2 --format xlsx -o forms.xlsx%n  jixiao report --year 2024 --format html -o 2024.html%n"
                + "  jixiao report 8 --stage monitoring --format xlsx -o monitoring.xlsx%n"
                + "  jixiao report selfeval-2024.json%n"})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    @Mixin
    private RulesOption rulesOption;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private ProjectFilterOption filter;

    @Parameters(arity = "0..*", paramLabel = "FILE|PROJECT", descriptionKey = "report.projects",
            description = "Ids of stored projects (as `jixiao list` shows; each under its own rule set), or exchange files "
                    + "(JSON, CSV, XLSX).")
    private List<String> arguments = List.of();

    @Option(names = "--all", descriptionKey = "report.all", description = "Every project in the database.")
    private boolean all;

    @Mixin
    private StageOption stage;

    @Option(names = "--format", defaultValue = "text", paramLabel = "xlsx|html|text", descriptionKey = "report.format",
            description = "xlsx, html or text (default: text).")
    private ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "report.output",
            description = "The file to write; text goes to the terminal without it.")
    private Path output;

    @Option(names = "--force", descriptionKey = "report.force",
            description = "Replace the -o file even if jixiao did not write it (never a database).")
    private boolean force;

    @Option(names = "--width", paramLabel = "COLUMNS", descriptionKey = "report.width",
            description = "Width of a text report in columns (default: $COLUMNS, else the terminal's, else 100); "
                    + "tables wrap to it, never cut.")
    private Integer width;

    @Override
    public Integer call() throws Exception {
        Language language = languageOption.language();
        RuleChoice rules = new RuleChoice(rulesOption);
        ProjectFilter chosen = filter.filter();
        boolean filtered = all || chosen.year().isPresent() || chosen.unit().isPresent();
        if (arguments.isEmpty() == !filtered) {
            throw new UserError(ExitCode.USAGE, new Bilingual("请给出项目 id 或文件，或用 --all、--year、--unit 选择项目（二者不可同时给出）",
                    "give project ids or files, or choose projects with --all, --year or --unit (not both)"));
        }
        if (output == null && format != ReportFormat.TEXT) {
            throw new UserError(ExitCode.USAGE, new Bilingual(format.extension() + " 报告需要用 -o 指定输出文件",
                    "an " + format.extension() + " report needs an output file: -o FILE"));
        }
        ProjectArguments loaded = filtered ? ProjectArguments.stored(chosen, database)
                : ProjectArguments.load(arguments, database);
        PrintWriter err = spec.commandLine().getErr();
        if (!loaded.problems().isEmpty()) {
            loaded.problems().forEach(problem -> err.println(problem.format(language)));
            err.flush();
            return ExitCode.DATA_ERRORS;
        }
        if (loaded.projects().isEmpty()) {
            throw new UserError(ExitCode.DATA_ERRORS, new Bilingual("没有符合条件的项目", "no project matches"));
        }
        loaded.given().forEach(given -> stage.of(given.year(), given.source()));
        rules.whatIfs(loaded.given()).forEach(note -> err.println(note.in(language)));
        err.flush();
        Map<ProjectYear, RuleSet> rulesOf = new IdentityHashMap<>();
        loaded.given().forEach(given -> rulesOf.put(given.year(), rules.rulesFor(given)));
        List<ProjectYear> years = loaded.given().stream().map(ProjectArguments.Given::year).toList();
        Reports reports = new Reports(rulesOf::get,
                TextWidth.of(width, System.getenv(), output == null && System.console() != null));
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            reports.lines(years, stage.given()).forEach(out::println);
        } else {
            reports.write(years, stage.given(), format, output, force);
            out.println(language == Language.ZH ? "已写出 " + loaded.projects().size() + " 个项目的报告到 " + output
                    : "wrote the report of " + loaded.projects().size() + " projects to " + output);
        }
        out.flush();
        return ExitCode.OK;
    }
}
