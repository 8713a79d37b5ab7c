package jixiao.app.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.app.output.JsonOutput;
import jixiao.app.output.TextOutput;
import jixiao.domain.monitoring.Light;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.stage.StageKind;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code jixiao list}: the stored project-years with the stage each has reached, its monitoring light,
 * total, grade and finding counts; {@code --stage monitoring --light red} is a finance bureau's watch list.
 * Its picocli model is built by code, not read from annotations, for a fast start (docs/benchmarks.md);
 * the options come in the order completion lists them.
 */
public final class ListCommand implements Callable<Integer> {

    /** The list's output formats. */
    enum ListFormat { TABLE, JSON, CSV }

    private final LanguageOption languageOption = new LanguageOption();
    private final DatabaseOption database = new DatabaseOption();
    private final ProjectFilterOption filter = new ProjectFilterOption();

    private final OptionSpec stage = OptionSpec.builder("--stage").paramLabel("STAGE").type(StageKind.class)
            .converters(new StageConverter()).descriptionKey("list.stage")
            .description("Only years whose latest stage is this: declaration, adjustment, monitoring or self-evaluation.").build();

    private final OptionSpec light = OptionSpec.builder("--light").paramLabel("LIGHT").type(Light.class)
            .converters(new LightConverter()).descriptionKey("list.light")
            .description("Only years whose monitoring return's project light is this: red, yellow, green or blue.").build();

    private final OptionSpec format = OptionSpec.builder("--format").defaultValue("table").paramLabel("table|json|csv")
            .type(ListFormat.class).descriptionKey("list.format").description("Output: table (default), json or csv.").build();

    private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("list")
            .addMixin("languageOption", languageOption.mixin())
            .addMixin("filter", filter.mixin())
            .addOption(stage)
            .addOption(light)
            .addOption(format);

    public ListCommand() {
        spec.addMixin("database", database.mixin(spec));
        spec.usageMessage().description("List the project-years in the database: the stage each has reached, its monitoring"
                        + " light, total, grade, errors and warnings. --stage and --light choose the years at a stage or with a"
                        + " light: the watch list of the finance bureau is --stage monitoring --light red.")
                .footerHeading("%nExamples:%n").footer("  jixiao list --year 2024 --format json",
                        "  jixiao list --stage monitoring --light red", "  jixiao list --light yellow --format csv > watch.csv");
        StandardHelpOptions.addTo(spec);
    }

    /** picocli's model of this command, bound to this instance. */
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        ProjectFilter chosen = filter.filter();
        List<ProjectSummary> summaries = database.open().projects().list(new ProjectFilter(chosen.year(), chosen.unit(),
                Optional.ofNullable(stage.<StageKind>getValue()), Optional.ofNullable(light.<Light>getValue())));
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
