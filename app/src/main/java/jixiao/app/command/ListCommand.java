package jixiao.app.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.app.output.JsonOutput;
import jixiao.app.output.TextOutput;
import jixiao.domain.register.ProjectSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jixiao list}: the stored projects with their totals, grades and finding counts. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the projects in the database with their total, grade, errors and warnings.",
        footerHeading = "%nExample:%n", footer = "  jixiao list --year 2024 --format json")
public final class ListCommand implements Callable<Integer> {

    /** The list's output formats. */
    enum ListFormat { TABLE, JSON, CSV }

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private ProjectFilterOption filter;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv", descriptionKey = "list.format",
            description = "Output: table (default), json or csv.")
    private ListFormat format;

    @Override
    public Integer call() {
        List<ProjectSummary> summaries = database.open().projects()
                .list(filter.filter());
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON:
                out.println(new JsonOutput(languageOption.language()).summaries(summaries));
                break;
            case CSV:
                out.print(SummaryCsv.write(summaries));
                break;
            default:
                new TextOutput(languageOption.language()).summaries(summaries).forEach(out::println);
        }
        out.flush();
        return ExitCode.OK;
    }
}
