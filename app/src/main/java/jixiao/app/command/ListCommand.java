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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao list}: the stored project-years with the stage each has reached, its monitoring light,
 * total, grade and finding counts; {@code --stage monitoring --light red} is a finance bureau's watch list.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the project-years in the database: the stage each has reached, its monitoring light, total,"
                + " grade, errors and warnings. --stage and --light choose the years at a stage or with a light: the watch"
                + " list of the finance bureau is --stage monitoring --light red.",
        footerHeading = "%nExamples:%n", footer = {"  jixiao list --year 2024 --format json",
            "  jixiao list --stage monitoring --light red", "  jixiao list --light yellow --format csv > watch.csv"})
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

    @Option(names = "--stage", paramLabel = "STAGE", converter = StageConverter.class, descriptionKey = "list.stage",
            description = "Only years whose latest stage is this: declaration, adjustment, monitoring or self-evaluation.")
    private StageKind stage;

    @Option(names = "--light", paramLabel = "LIGHT", converter = LightConverter.class, descriptionKey = "list.light",
            description = "Only years whose monitoring return's project light is this: red, yellow, green or blue.")
    private Light light;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv", descriptionKey = "list.format",
            description = "Output: table (default), json or csv.")
    private ListFormat format;

    @Override
    public Integer call() {
        ProjectFilter chosen = filter.filter();
        List<ProjectSummary> summaries = database.open().projects().list(new ProjectFilter(chosen.year(), chosen.unit(),
                Optional.ofNullable(stage), Optional.ofNullable(light)));
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
