package jixiao.app.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.app.output.JsonOutput;
import jixiao.app.output.TextOutput;
import jixiao.domain.register.ProjectSummary;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code jixiao list}: the stored projects with their totals, grades and finding counts. Its picocli
 * model is built by code, not read from annotations, for a fast start (docs/benchmarks.md); the options
 * come in the order completion lists them.
 */
public final class ListCommand implements Callable<Integer> {

    /** The list's output formats. */
    enum ListFormat { TABLE, JSON, CSV }

    private final LanguageOption languageOption = new LanguageOption();
    private final DatabaseOption database = new DatabaseOption();
    private final ProjectFilterOption filter = new ProjectFilterOption();

    private final OptionSpec format = OptionSpec.builder("--format").defaultValue("table").paramLabel("table|json|csv")
            .type(ListFormat.class).descriptionKey("list.format").description("Output: table (default), json or csv.").build();

    private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("list")
            .addMixin("languageOption", languageOption.mixin())
            .addMixin("filter", filter.mixin())
            .addOption(format);

    public ListCommand() {
        spec.addMixin("database", database.mixin(spec));
        spec.usageMessage().description("List the projects in the database with their total, grade, errors and warnings.")
                .footerHeading("%nExample:%n").footer("  jixiao list --year 2024 --format json");
        StandardHelpOptions.addTo(spec);
    }

    /** picocli's model of this command, bound to this instance. */
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        List<ProjectSummary> summaries = database.open().projects()
                .list(filter.filter());
        PrintWriter out = spec.commandLine().getOut();
        switch (format.<ListFormat>getValue()) {
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
